CREATE TABLE plays (
  event_id  INTEGER PRIMARY KEY,
  event_ts  TEXT NOT NULL CHECK (event_ts GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9] [0-2][0-9]:[0-5][0-9]:[0-5][0-9]'),
  ingest_ts TEXT NOT NULL CHECK (ingest_ts GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9] [0-2][0-9]:[0-5][0-9]:[0-5][0-9]'),
  title_id  TEXT NOT NULL,
  watch_ms  INTEGER NOT NULL CHECK (watch_ms >= 0)
);
