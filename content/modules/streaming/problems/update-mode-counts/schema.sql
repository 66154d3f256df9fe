-- One micro-batch of events, refilled before every run; all rows of a slice share one batch_id.
CREATE TABLE events (
  batch_id INTEGER NOT NULL CHECK (batch_id > 0),
  event_id TEXT NOT NULL,
  user_id  TEXT NOT NULL,
  PRIMARY KEY (batch_id, event_id)
);

-- The statement's promise that spans rows, written down: every row of one run carries the same
-- batch_id. (A slice that mixed two batches could not come from Spark; loading one fails here.)
CREATE TRIGGER events_one_batch_per_run BEFORE INSERT ON events
WHEN EXISTS (SELECT 1 FROM events WHERE batch_id <> NEW.batch_id)
BEGIN
  SELECT RAISE(ABORT, 'events: all rows of one run share one batch_id');
END;

-- The result table kept up to date batch by batch, as update output mode would.
CREATE TABLE user_counts (
  user_id    TEXT PRIMARY KEY,
  events     INTEGER NOT NULL CHECK (events > 0),
  last_batch INTEGER NOT NULL
);

-- Micro-batches already applied: the sink's own commit log.
CREATE TABLE committed_batches (
  batch_id INTEGER PRIMARY KEY
);
