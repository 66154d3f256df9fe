-- The very first arrival is the newest event (08:30:00): it sees no watermark and counts, and it
-- puts the watermark at 08:20:00 at once. [08:00, 08:05) and [08:10, 08:15) are closed when their
-- only events arrive; [08:15, 08:20) ends exactly on the watermark, so 08:16:00 is dropped too.
-- 08:20:00 counts (its window ends at 08:25), and after 08:34:59 (watermark 08:24:59) 08:24:59
-- still counts: its window ends one second after the watermark. Two counted events share a
-- timestamp and both count.
INSERT INTO events VALUES
  (1, 1, '2024-06-01 08:30:00'),
  (2, 2, '2024-06-01 08:00:00'),
  (3, 3, '2024-06-01 08:14:59'),
  (4, 4, '2024-06-01 08:16:00'),
  (5, 5, '2024-06-01 08:21:00'),
  (6, 6, '2024-06-01 08:20:00'),
  (7, 7, '2024-06-01 08:34:59'),
  (8, 8, '2024-06-01 08:24:59'),
  (9, 9, '2024-06-01 08:34:59'),
  (10, 10, '2024-06-01 08:31:00');
