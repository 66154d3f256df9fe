-- Batch 4: watermark 10:11 closes [10:00, 10:10): both 10:05 and 10:09:30 go to late_events.
-- 10:21 opens a new window.
INSERT INTO batch_info (batch_id) VALUES (4);
INSERT INTO batch_events (event_id, event_ts, page) VALUES
  (8, '2024-06-01 10:21:00', '/home'),
  (9, '2024-06-01 10:05:00', '/home'),
  (10, '2024-06-01 10:09:30', '/cart');
