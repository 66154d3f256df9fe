-- Batch 6 moves the watermark to 09:25.
INSERT INTO batch_info (batch_id) VALUES (6);
INSERT INTO batch_events (event_id, event_ts, page) VALUES
  (60, '2024-06-01 09:30:00', '/a'),
  (61, '2024-06-01 09:12:00', '/b');
