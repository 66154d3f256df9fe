-- Tombstones of every age against a one-hour retention: older than it (key gone), exactly an hour
-- (stays), younger (stays); a key deleted and then written again (the new value survives); gaps in
-- the offsets.
INSERT INTO params VALUES ('2024-09-01 00:00:00', 3600);
INSERT INTO topic_log VALUES
  (10, 'k-old',    'v1',   '2024-08-31 20:00:00'),
  (11, 'k-old',    NULL,   '2024-08-31 22:59:59'),
  (15, 'k-exact',  'v1',   '2024-08-31 22:00:00'),
  (16, 'k-exact',  NULL,   '2024-08-31 23:00:00'),
  (20, 'k-young',  'v1',   '2024-08-31 23:10:00'),
  (21, 'k-young',  NULL,   '2024-08-31 23:30:00'),
  (30, 'k-reborn', 'v1',   '2024-08-31 10:00:00'),
  (31, 'k-reborn', NULL,   '2024-08-31 11:00:00'),
  (32, 'k-reborn', 'v2',   '2024-08-31 23:59:00'),
  (40, 'k-plain',  'only', '2024-08-31 01:00:00');
