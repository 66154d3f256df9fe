-- Gap boundaries for one user at a time: exactly 30:00 (continues) and 30:01 (new session) inside
-- an hour, across an hour and across midnight; 30:01 and 30:59 gaps that look like "30 minutes"
-- when seconds are dropped; a 35-minute gap across midnight and a return at almost the same time
-- of day on the next day (both new sessions, although the clock time barely moved).
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
  (11, '2024-05-08 00:16:00');
