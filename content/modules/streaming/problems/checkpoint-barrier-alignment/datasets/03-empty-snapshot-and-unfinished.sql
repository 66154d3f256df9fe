-- Checkpoint 4's barriers arrive before any record: an empty snapshot (0 records, sum 0). The
-- next checkpoint is 6 (checkpoint 5 failed before its barriers were sent). Barrier 9
-- reaches A but never B before the input ends: checkpoint 9 is not complete and is not reported,
-- although records are already buffered behind it.
INSERT INTO channel_input VALUES
  (1,  'A', 'barrier', 4,    NULL),
  (2,  'B', 'barrier', 4,    NULL),
  (3,  'A', 'record',  NULL, 7),
  (4,  'A', 'barrier', 6,    NULL),
  (5,  'A', 'record',  NULL, 8),
  (6,  'A', 'record',  NULL, 9),
  (7,  'B', 'barrier', 6,    NULL),
  (8,  'B', 'record',  NULL, 2),
  (9,  'A', 'barrier', 9,    NULL),
  (10, 'A', 'record',  NULL, 30),
  (11, 'B', 'record',  NULL, 40);
