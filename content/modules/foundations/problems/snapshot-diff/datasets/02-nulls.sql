-- NULLs: a value appears (10), disappears (11), NULL to '' (12), NULL stays NULL (13, unchanged),
-- '' to NULL on tier (14), a case-only change (15).
INSERT INTO snapshot_prev VALUES
  (10, NULL,              'bronze'),
  (11, 'eli@example.com', 'bronze'),
  (12, NULL,              'bronze'),
  (13, NULL,              NULL),
  (14, 'fay@example.com', ''),
  (15, 'gus@example.com', 'gold');
INSERT INTO snapshot_curr VALUES
  (10, 'new@example.com', 'bronze'),
  (11, NULL,              'bronze'),
  (12, '',                'bronze'),
  (13, NULL,              NULL),
  (14, 'fay@example.com', NULL),
  (15, 'Gus@example.com', 'gold');
