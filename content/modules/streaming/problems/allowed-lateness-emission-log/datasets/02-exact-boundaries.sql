-- Boundaries to the second. 10:12:00 moves the watermark to exactly 10:10:00 and fires
-- [10:00, 10:10) at its own arrival. 10:05:00 meets a watermark of 10:14:59, one second inside the
-- allowed lateness (accepted, LATE); 10:01:00 meets exactly 10:15:00 = end + 5 minutes (dropped).
-- 10:19:59 meets exactly 10:20:00 (LATE for [10:10, 10:20)).
INSERT INTO events (event_id, arrival_seq, event_time) VALUES
  (10, 1, '2024-06-01 10:00:00'),
  (11, 2, '2024-06-01 10:12:00'),
  (12, 3, '2024-06-01 10:09:59'),
  (13, 4, '2024-06-01 10:16:59'),
  (14, 5, '2024-06-01 10:05:00'),
  (15, 6, '2024-06-01 10:17:00'),
  (16, 7, '2024-06-01 10:01:00'),
  (17, 8, '2024-06-01 10:22:00'),
  (18, 9, '2024-06-01 10:19:59');
