-- What the consumer fetched in this run, refilled before every run. May repeat records that were
-- already processed in an earlier run.
CREATE TABLE fetched (
  partition_id  INTEGER NOT NULL CHECK (partition_id >= 0),
  kafka_offset  INTEGER NOT NULL CHECK (kafka_offset >= 0),
  customer_id   TEXT NOT NULL,
  amount_cents  INTEGER NOT NULL,
  PRIMARY KEY (partition_id, kafka_offset)
);

-- Kafka's convention: the next offset to read in each partition.
CREATE TABLE committed_offsets (
  partition_id INTEGER PRIMARY KEY,
  next_offset  INTEGER NOT NULL CHECK (next_offset >= 0)
);

-- The additive sink: every payment record folded in exactly once.
CREATE TABLE customer_balance (
  customer_id   TEXT PRIMARY KEY,
  balance_cents INTEGER NOT NULL,
  payments      INTEGER NOT NULL
);
