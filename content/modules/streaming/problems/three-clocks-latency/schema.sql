CREATE TABLE events (
  event_id   INTEGER PRIMARY KEY,
  -- stamped by the producing device, ISO 8601 with a Z
  event_ts   TEXT NOT NULL CHECK (event_ts GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-5][0-9]Z'),
  -- stamped by the broker and by the stream processor
  ingest_ts  TEXT NOT NULL CHECK (ingest_ts GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9] [0-2][0-9]:[0-5][0-9]:[0-5][0-9]'),
  process_ts TEXT NOT NULL CHECK (process_ts GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9] [0-2][0-9]:[0-5][0-9]:[0-5][0-9]')
);
