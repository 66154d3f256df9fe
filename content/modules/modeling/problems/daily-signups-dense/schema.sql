CREATE TABLE signups (
  user_id      INTEGER PRIMARY KEY,
  signed_up_at TEXT NOT NULL CHECK (signed_up_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9] [0-9][0-9]:[0-9][0-9]:[0-9][0-9]')
);
