-- Gap boundaries: exactly 30:00 continues the session and 30:01 starts a new
-- one, tested inside an hour (10:15:10 -> 10:45:11), across an hour (08:30:00 -> 09:00:01,
-- 09:45:10 -> 10:15:10) and across midnight (23:45:00 -> 00:15:00 for user 10, 23:44:59 -> 00:15:00
-- for user 12). The 30:01 and 30:59 gaps look like "30 minutes" when seconds are dropped. User 11
-- has a 35-minute gap across midnight and returns at almost the same time of day on the next day
-- (both new sessions, although the clock time barely moved).
INSERT INTO clicks VALUES
  (10, '2024-05-06 08:00:00'),
  (10, '2024-05-06 08:30:00'),
  (10, '2024-05-06 09:00:01'),
  (10, '2024-05-06 09:45:10'),
  (10, '2024-05-06 10:15:10'),
  (10, '2024-05-06 10:45:11'),
  (10, '2024-05-06 12:00:00'),
  (10, '2024-05-06 12:30:59'),
  (10, '2024-05-06 23:45:00'),
  (10, '2024-05-07 00:15:00'),
  (10, '2024-05-07 00:45:01'),
  (11, '2024-05-06 23:40:00'),
  (11, '2024-05-07 00:15:00'),
  (11, '2024-05-08 00:16:00'),
  (12, '2024-05-06 23:44:59'),
  (12, '2024-05-07 00:15:00');
