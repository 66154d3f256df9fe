CREATE TABLE clicks (
  user_id INTEGER NOT NULL,
  ts      TEXT NOT NULL CHECK (ts IS datetime(ts))
);
