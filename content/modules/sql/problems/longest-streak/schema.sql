CREATE TABLE logins (
  user_id  INTEGER NOT NULL,
  login_at TEXT NOT NULL
);
