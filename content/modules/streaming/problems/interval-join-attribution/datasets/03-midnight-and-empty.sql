-- A window across midnight; two clicks on one impression; a user with impressions of other ads
-- only; the same ad id for different users.
INSERT INTO impressions VALUES
  (20, 'M', 'n1', '2024-12-31 23:55:00'),
  (21, 'N', 'n2', '2024-12-31 23:58:00'),
  (22, 'M', 'n2', '2025-01-01 00:01:00');
INSERT INTO clicks VALUES
  (300, 'M', 'n1', '2025-01-01 00:04:59'),
  (301, 'M', 'n1', '2025-01-01 00:05:00'),
  (302, 'M', 'n1', '2025-01-01 00:05:01'),
  (303, 'M', 'n2', '2025-01-01 00:02:00'),
  (304, 'P', 'n2', '2025-01-01 00:02:00');
