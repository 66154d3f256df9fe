-- Batch 1: the watermark in force is 10:02 (10:07 - 5 min). Both count; afterwards the greatest
-- event time is 10:14.
INSERT INTO batch_info (batch_id) VALUES (1);
INSERT INTO batch_events (event_id, event_ts, page) VALUES
  (4, '2024-06-01 10:14:00', '/home'),
  (5, '2024-06-01 10:08:00', '/home');
