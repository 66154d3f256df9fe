-- The watermark follows the greatest event time seen, not the previous arrival. After 00:06:30
-- the watermark is 23:56:30, so [23:50, 23:55) is closed: 23:53:00 is dropped although the
-- arrival just before it (23:58:00) would only put a watermark at 23:48:00. 23:52:30 earlier was
-- behind the watermark (23:53:00) but its window was open, so it counts. Windows cross midnight
-- and the new year: after 00:11:00 (watermark 00:01:00) [23:55, 00:00) is closed and 23:59:59 is
-- dropped, while 00:00:30, behind the watermark, counts in the open [00:00, 00:05).
-- arrival_seq has gaps and event_ids are shuffled.
INSERT INTO events VALUES
  (17, 10, '2024-12-31 23:51:00'),
  (3, 20, '2025-01-01 00:03:00'),
  (11, 30, '2024-12-31 23:52:30'),
  (5, 40, '2024-12-31 23:57:00'),
  (20, 50, '2024-12-31 23:54:10'),
  (2, 60, '2025-01-01 00:06:30'),
  (14, 70, '2024-12-31 23:58:00'),
  (8, 80, '2024-12-31 23:53:00'),
  (1, 90, '2025-01-01 00:11:00'),
  (9, 100, '2024-12-31 23:59:59'),
  (6, 110, '2025-01-01 00:00:30');
