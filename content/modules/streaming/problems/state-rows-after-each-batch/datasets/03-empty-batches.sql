-- Two empty batches before the first event (no watermark yet: nothing is dropped, state is 0),
-- and an empty batch between two others (the watermark and the state carry over). Batch ids
-- are not consecutive: order alone matters.
INSERT INTO batches (batch_id) VALUES (0), (1), (2), (5), (6), (9);
INSERT INTO events (event_id, batch_id, event_ts, user_id) VALUES
  (31, 2, '2024-06-01 08:55:00', 'a'),
  (32, 2, '2024-06-01 09:01:00', 'b'),
  (33, 2, '2024-06-01 09:02:00', 'c'),
  (34, 5, '2024-06-01 09:12:00', 'a'),
  (35, 9, '2024-06-01 09:14:00', 'b'),
  (36, 9, '2024-06-01 08:59:59', 'a'),
  (37, 9, '2024-06-01 09:09:00', 'c');
