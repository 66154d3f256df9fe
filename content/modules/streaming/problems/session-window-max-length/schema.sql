CREATE TABLE events (
  user_id  TEXT NOT NULL,
  event_ts TEXT NOT NULL CHECK (datetime(event_ts) IS event_ts),
  PRIMARY KEY (user_id, event_ts)
);

-- Exactly one row.
CREATE TABLE params (
  gap_s INTEGER NOT NULL CHECK (gap_s > 0),
  max_s INTEGER NOT NULL CHECK (max_s > 0)
);
