CREATE TABLE partition_offsets (
  topic            TEXT NOT NULL,
  partition_id     INTEGER NOT NULL CHECK (partition_id >= 0),
  log_start_offset INTEGER NOT NULL CHECK (log_start_offset >= 0),
  log_end_offset   INTEGER NOT NULL,
  PRIMARY KEY (topic, partition_id),
  CHECK (log_end_offset >= log_start_offset)
);

CREATE TABLE subscriptions (
  group_id TEXT NOT NULL,
  topic    TEXT NOT NULL,
  PRIMARY KEY (group_id, topic)
);

CREATE TABLE group_commits (
  group_id         TEXT NOT NULL,
  topic            TEXT NOT NULL,
  partition_id     INTEGER NOT NULL,
  committed_offset INTEGER NOT NULL CHECK (committed_offset >= 0),
  PRIMARY KEY (group_id, topic, partition_id)
);
