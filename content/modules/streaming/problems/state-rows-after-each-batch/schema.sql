-- Every micro-batch that ran, in the order of batch_id — including batches that brought no events.
CREATE TABLE batches (
  batch_id INTEGER PRIMARY KEY CHECK (batch_id >= 0)
);

-- The events, with the batch that delivered them.
CREATE TABLE events (
  event_id INTEGER PRIMARY KEY,
  batch_id INTEGER NOT NULL REFERENCES batches (batch_id),
  event_ts TEXT NOT NULL CHECK (event_ts IS datetime(event_ts)),
  user_id  TEXT NOT NULL
);
