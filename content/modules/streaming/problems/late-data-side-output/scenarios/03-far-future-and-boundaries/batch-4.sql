-- Batch 3: watermark 12:25. 12:19:59 is late, 12:20:00 counts; both /y.
INSERT INTO batch_info (batch_id) VALUES (3);
INSERT INTO batch_events (event_id, event_ts, page) VALUES
  (106, '2024-06-01 12:19:59', '/y'),
  (107, '2024-06-01 12:20:00', '/y'),
  (108, '2024-06-01 12:29:00', '/y');
