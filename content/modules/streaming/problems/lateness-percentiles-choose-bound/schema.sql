-- The stream as it reached the processor: arrival_seq is the arrival order, ingest_ts the moment
-- the processor read the event (it never goes down as arrival_seq goes up).
CREATE TABLE events (
  event_id    INTEGER PRIMARY KEY,
  arrival_seq INTEGER NOT NULL UNIQUE,
  event_ts    TEXT NOT NULL CHECK (event_ts IS datetime(event_ts)),
  ingest_ts   TEXT NOT NULL CHECK (ingest_ts IS datetime(ingest_ts))
);

-- The coverages to size a bound for, in permille: 990 asks for 99.0 % of events on time.
CREATE TABLE targets (
  coverage_permille INTEGER PRIMARY KEY CHECK (coverage_permille BETWEEN 1 AND 1000)
);
