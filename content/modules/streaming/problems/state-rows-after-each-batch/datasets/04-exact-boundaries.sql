-- Exact boundaries, to the second. After batch 0 the watermark is 14:20:00, exactly the end of
-- [14:10, 14:20): that window is evicted, and in batch 1 an event at 14:19:59 is dropped while
-- one at 14:20:00 opens [14:20, 14:30). A watermark one second short of a window's end
-- (after batch 2) keeps that window.
INSERT INTO batches (batch_id) VALUES (0), (1), (2), (3);
INSERT INTO events (event_id, batch_id, event_ts, user_id) VALUES
  (41, 0, '2024-06-01 14:10:00', 'x'),
  (42, 0, '2024-06-01 14:25:00', 'x'),
  (43, 1, '2024-06-01 14:19:59', 'y'),
  (44, 1, '2024-06-01 14:20:00', 'y'),
  (45, 2, '2024-06-01 14:34:59', 'x'),
  (46, 3, '2024-06-01 14:35:00', 'y');
