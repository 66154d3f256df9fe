CREATE TABLE clicks (
  user_id INTEGER NOT NULL,
  ts      TEXT NOT NULL
);
