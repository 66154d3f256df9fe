-- Three closed-and-open versions for u4: processing exactly at a valid_to (the next version), an
-- event before the first version, an event processed before the current version began. u5's only
-- version ended and never restarted.
INSERT INTO plan_versions VALUES
  ('u4', 'a', '2024-01-01 00:00:00', '2024-02-01 00:00:00'),
  ('u4', 'b', '2024-02-01 00:00:00', '2024-03-01 00:00:00'),
  ('u4', 'c', '2024-03-01 00:00:00', NULL),
  ('u5', 'solo', '2024-01-01 00:00:00', '2024-01-10 00:00:00');
INSERT INTO events VALUES
  (10, 'u4', '2024-01-15 10:00:00', '2024-02-01 00:00:00'),
  (11, 'u4', '2024-02-15 10:00:00', '2024-02-16 10:00:00'),
  (12, 'u4', '2023-12-31 23:59:59', '2024-01-01 00:00:00'),
  (13, 'u4', '2024-02-29 23:59:59', '2024-03-01 00:00:00'),
  (14, 'u5', '2024-01-20 00:00:00', '2024-01-20 00:00:05'),
  (15, 'u5', '2024-01-09 23:59:59', '2024-01-10 00:00:00');
