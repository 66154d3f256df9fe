-- The job has applied batches 40 and 41 already; the greatest event time so far is 15:44.
INSERT INTO batch_log (batch_id, max_event_ts) VALUES
  (40, '2024-06-01 15:31:00'),
  (41, '2024-06-01 15:44:00');
INSERT INTO window_counts (window_start, page, views) VALUES
  ('2024-06-01 15:30:00', '/a', 4),
  ('2024-06-01 15:40:00', '/a', 2),
  ('2024-06-01 15:40:00', '/b', 1);
INSERT INTO late_events (batch_id, event_id, event_ts, page) VALUES
  (41, 400, '2024-06-01 15:18:00', '/a');
