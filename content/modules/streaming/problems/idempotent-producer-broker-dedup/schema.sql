-- Every produce request that reached the partition leaders, in arrival order. One record per batch.
CREATE TABLE produce_requests (
  request_seq    INTEGER PRIMARY KEY CHECK (request_seq >= 1),
  producer_id    INTEGER NOT NULL CHECK (producer_id >= 0),
  producer_epoch INTEGER NOT NULL CHECK (producer_epoch >= 0),
  partition_id   INTEGER NOT NULL CHECK (partition_id >= 0),
  seq_no         INTEGER NOT NULL CHECK (seq_no >= 0),
  payload        TEXT NOT NULL
);
