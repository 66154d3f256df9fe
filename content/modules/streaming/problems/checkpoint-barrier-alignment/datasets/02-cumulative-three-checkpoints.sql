-- State is cumulative: snapshot 3 still holds everything snapshot 2 held. Checkpoint 2's barriers
-- are adjacent (nothing buffered); during checkpoint 3's alignment both kinds of traffic happen —
-- B's records are buffered, A's are processed and belong in the snapshot. Amounts include 0 and a
-- negative value, so a count and a sum disagree.
INSERT INTO channel_input VALUES
  (1,  'A', 'record',  NULL, 3),
  (2,  'B', 'record',  NULL, 4),
  (3,  'B', 'barrier', 1,    NULL),
  (4,  'B', 'record',  NULL, 50),
  (5,  'A', 'record',  NULL, 2),
  (6,  'A', 'barrier', 1,    NULL),
  (7,  'A', 'record',  NULL, 0),
  (8,  'B', 'record',  NULL, -5),
  (9,  'A', 'barrier', 2,    NULL),
  (10, 'B', 'barrier', 2,    NULL),
  (11, 'B', 'record',  NULL, 8),
  (12, 'B', 'barrier', 3,    NULL),
  (13, 'B', 'record',  NULL, 9),
  (14, 'A', 'record',  NULL, 11),
  (15, 'B', 'record',  NULL, 12),
  (16, 'A', 'record',  NULL, 13),
  (17, 'A', 'barrier', 3,    NULL),
  (18, 'B', 'record',  NULL, 1000);
