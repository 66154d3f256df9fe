-- The lesson's five batches with two users, plus a sixth. Batch 2's 10:09 is behind the watermark
-- in force (10:09) but its window ends at 10:10, so it counts; batch 2's 10:16 then moves the
-- watermark to 10:11 and both [10:00) groups are evicted. Batch 3 is empty. Batch 4's 10:05 is
-- dropped. Batch 5's 10:25 puts the watermark exactly on 10:20, the end of the [10:10) windows.
INSERT INTO batches (batch_id) VALUES (0), (1), (2), (3), (4), (5);
INSERT INTO events (event_id, batch_id, event_ts, user_id) VALUES
  (1, 0, '2024-06-01 10:02:00', 'ana'),
  (2, 0, '2024-06-01 10:07:00', 'ben'),
  (3, 0, '2024-06-01 10:04:00', 'ana'),
  (4, 1, '2024-06-01 10:14:00', 'ana'),
  (5, 1, '2024-06-01 10:08:00', 'ana'),
  (6, 2, '2024-06-01 10:16:00', 'ben'),
  (7, 2, '2024-06-01 10:09:00', 'ben'),
  (8, 4, '2024-06-01 10:21:00', 'ana'),
  (9, 4, '2024-06-01 10:05:00', 'ben'),
  (10, 5, '2024-06-01 10:25:00', 'ben');
