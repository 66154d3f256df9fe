-- Batch 5 of a running stream (empty state so far): three views of /a in one window.
INSERT INTO batch_info (batch_id) VALUES (5);
INSERT INTO batch_events (event_id, event_ts, page) VALUES
  (50, '2024-06-01 09:01:00', '/a'),
  (51, '2024-06-01 09:03:00', '/a'),
  (52, '2024-06-01 09:05:00', '/a'),
  (53, '2024-06-01 09:06:00', '/b');
