-- u1 upgrades from basic to pro at 2024-03-10 12:00; u2 had free, a gap, then plus; u3 has no
-- versions. Event 1 happened two minutes before the upgrade and was processed three minutes after.
INSERT INTO plan_versions VALUES
  ('u1', 'basic', '2024-03-01 00:00:00', '2024-03-10 12:00:00'),
  ('u1', 'pro',   '2024-03-10 12:00:00', NULL),
  ('u2', 'free',  '2024-03-01 00:00:00', '2024-03-05 00:00:00'),
  ('u2', 'plus',  '2024-03-08 00:00:00', NULL);
INSERT INTO events VALUES
  (1, 'u1', '2024-03-10 11:58:00', '2024-03-10 12:03:00'),
  (2, 'u1', '2024-03-10 12:00:00', '2024-03-10 12:00:05'),
  (3, 'u2', '2024-03-06 09:00:00', '2024-03-06 09:00:10'),
  (4, 'u3', '2024-03-02 08:00:00', '2024-03-02 08:00:01'),
  (5, 'u1', '2024-03-12 17:30:00', '2024-03-12 17:30:02'),
  (6, 'u2', '2024-03-07 23:59:50', '2024-03-08 00:00:10');
