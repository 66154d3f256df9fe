-- A transaction opened at offset 20 and never finished (a producer that hangs, before its
-- transaction times out) holds back everything after it — plain records and committed ones. The
-- aborted record at 22 is skipped all the same: its marker is already in the log.
INSERT INTO partition_log (kafka_offset, record_type, txn_id, payload) VALUES
  (20, 'DATA',   't9', 'o1'),
  (21, 'DATA',   NULL, 'q1'),
  (22, 'DATA',   't8', 'z1'),
  (23, 'ABORT',  't8', NULL),
  (24, 'DATA',   't7', 'w1'),
  (25, 'COMMIT', 't7', NULL),
  (26, 'DATA',   't9', 'o2');
