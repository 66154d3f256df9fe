-- Batch 2: watermark 10:09. 10:09 is behind it but [10:00, 10:10) is still open: it counts.
INSERT INTO batch_info (batch_id) VALUES (2);
INSERT INTO batch_events (event_id, event_ts, page) VALUES
  (6, '2024-06-01 10:16:00', '/cart'),
  (7, '2024-06-01 10:09:00', '/cart');
