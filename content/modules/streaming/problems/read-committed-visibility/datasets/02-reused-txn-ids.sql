-- The same transactional ids run several transactions one after the other. tx commits (x1), then
-- aborts (x2), then commits (x3, x4). ty commits (y1, y2) and then starts a new transaction (y3)
-- that is still open: the LSO is y3's offset, 12, not the offset of ty's first record ever.
INSERT INTO partition_log (kafka_offset, record_type, txn_id, payload) VALUES
  (0,  'DATA',   'tx', 'x1'),
  (1,  'COMMIT', 'tx', NULL),
  (2,  'DATA',   NULL, 'n1'),
  (3,  'DATA',   'tx', 'x2'),
  (4,  'DATA',   'ty', 'y1'),
  (5,  'ABORT',  'tx', NULL),
  (6,  'DATA',   NULL, 'n2'),
  (7,  'DATA',   'tx', 'x3'),
  (8,  'DATA',   'ty', 'y2'),
  (9,  'COMMIT', 'ty', NULL),
  (10, 'DATA',   'tx', 'x4'),
  (11, 'COMMIT', 'tx', NULL),
  (12, 'DATA',   'ty', 'y3'),
  (13, 'DATA',   NULL, 'n3');
