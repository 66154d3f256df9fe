-- Batch 42, watermark 15:39: [15:30, 15:40) is still open, so both /a views add to its 4.
-- /b is touched twice in [15:40, 15:50): 1 + 2 = 3.
INSERT INTO batch_info (batch_id) VALUES (42);
INSERT INTO batch_events (event_id, event_ts, page) VALUES
  (420, '2024-06-01 15:38:00', '/a'),
  (421, '2024-06-01 15:39:30', '/a'),
  (422, '2024-06-01 15:41:00', '/b'),
  (423, '2024-06-01 15:47:00', '/b');
