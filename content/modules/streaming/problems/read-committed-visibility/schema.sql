-- One partition of a topic, every record replicated. Markers are control records: they carry the
-- transactional id they end and no payload.
CREATE TABLE partition_log (
  kafka_offset INTEGER PRIMARY KEY CHECK (kafka_offset >= 0),
  record_type  TEXT NOT NULL CHECK (record_type IN ('DATA', 'COMMIT', 'ABORT')),
  txn_id       TEXT CHECK (record_type = 'DATA' OR txn_id IS NOT NULL),
  payload      TEXT CHECK ((record_type = 'DATA') = (payload IS NOT NULL))
);
