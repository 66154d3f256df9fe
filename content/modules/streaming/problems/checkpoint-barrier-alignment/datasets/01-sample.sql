-- The lesson's example, then a second checkpoint. Barrier 7 reaches A at 3; A's 5 and 6 wait
-- (buffered) until barrier 7 reaches B at 7: snapshot 7 holds 10 + 30 + 20 = 60 from 3 records,
-- with 2 records buffered. The 5 and 6 are in snapshot 8, which B's barrier opens first this time:
-- B's 4 (arrival 11) waits, A's 7 is processed, then A's barrier 8 completes the alignment.
INSERT INTO channel_input VALUES
  (1,  'A', 'record',  NULL, 10),
  (2,  'A', 'record',  NULL, 30),
  (3,  'A', 'barrier', 7,    NULL),
  (4,  'A', 'record',  NULL, 5),
  (5,  'B', 'record',  NULL, 20),
  (6,  'A', 'record',  NULL, 6),
  (7,  'B', 'barrier', 7,    NULL),
  (8,  'B', 'record',  NULL, 1),
  (9,  'B', 'barrier', 8,    NULL),
  (10, 'A', 'record',  NULL, 7),
  (11, 'B', 'record',  NULL, 4),
  (12, 'A', 'barrier', 8,    NULL),
  (13, 'A', 'record',  NULL, 100);
