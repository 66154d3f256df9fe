-- No transaction is open: the LSO is the end of the log. Everything but the aborted record is
-- returned — including the plain record written between ta's data and its ABORT marker.
INSERT INTO partition_log (kafka_offset, record_type, txn_id, payload) VALUES
  (0, 'DATA',   NULL, 'r0'),
  (1, 'DATA',   'ta', 'r1'),
  (2, 'DATA',   NULL, 'r2'),
  (3, 'ABORT',  'ta', NULL),
  (4, 'DATA',   'tb', 'r3'),
  (5, 'COMMIT', 'tb', NULL),
  (6, 'DATA',   NULL, 'r4');
