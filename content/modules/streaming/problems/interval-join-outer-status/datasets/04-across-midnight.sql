-- A match across midnight; the clicks lead this time, so the impressions' watermark (00:20) is the
-- join's; an impression whose interval ends exactly there; no impressions for a clicked ad.
INSERT INTO params VALUES (1, 600, 0);
INSERT INTO impressions VALUES
  (40, 'M', 'n1', '2024-12-31 23:55:00'),
  (41, 'M', 'n2', '2025-01-01 00:10:00'),
  (42, 'N', 'n1', '2025-01-01 00:30:00'),
  (43, 'N', 'n3', '2025-01-01 00:12:00');
INSERT INTO clicks VALUES
  (400, 'M', 'n1', '2025-01-01 00:04:59'),
  (401, 'M', 'n1', '2025-01-01 00:05:01'),
  (402, 'P', 'n9', '2025-01-01 01:00:00');
