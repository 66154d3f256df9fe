CREATE TABLE events (
  user_id  TEXT NOT NULL,
  event_ts TEXT NOT NULL CHECK (event_ts GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9] [0-2][0-9]:[0-5][0-9]:[0-5][0-9]')
);

-- Exactly one row.
CREATE TABLE params (
  gap_s   INTEGER NOT NULL CHECK (gap_s > 0),
  delay_s INTEGER NOT NULL CHECK (delay_s >= 0)
);
