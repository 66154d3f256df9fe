CREATE TABLE logins (
  user_id  INTEGER NOT NULL,
  login_at TEXT NOT NULL CHECK (login_at IS datetime(login_at))
);
