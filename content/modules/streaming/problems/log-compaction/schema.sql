CREATE TABLE topic_log (
  kafka_offset INTEGER PRIMARY KEY CHECK (kafka_offset >= 0),
  msg_key      TEXT NOT NULL,
  msg_value    TEXT,
  append_ts    TEXT NOT NULL CHECK (append_ts GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9] [0-2][0-9]:[0-5][0-9]:[0-5][0-9]')
);

-- Exactly one row.
CREATE TABLE params (
  compaction_ts      TEXT NOT NULL CHECK (compaction_ts GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9] [0-2][0-9]:[0-5][0-9]:[0-5][0-9]'),
  delete_retention_s INTEGER NOT NULL CHECK (delete_retention_s >= 0)
);
