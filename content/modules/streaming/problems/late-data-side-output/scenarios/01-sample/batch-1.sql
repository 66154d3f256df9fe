-- Batch 0: no watermark yet, everything counts. /home is viewed twice in [10:00, 10:10).
INSERT INTO batch_info (batch_id) VALUES (0);
INSERT INTO batch_events (event_id, event_ts, page) VALUES
  (1, '2024-06-01 10:02:00', '/home'),
  (2, '2024-06-01 10:07:00', '/home'),
  (3, '2024-06-01 10:04:00', '/cart');
