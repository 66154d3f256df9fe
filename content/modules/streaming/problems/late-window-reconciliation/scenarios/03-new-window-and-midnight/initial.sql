-- Silver also holds windows gold never had (n9): untouched, they must not be added here.
INSERT INTO silver_events (event_id, event_ts, title_id) VALUES
  ('n1', '2024-12-31 23:56:00', 'Z'),
  ('n2', '2024-12-31 23:59:59', 'Z'),
  ('n3', '2025-01-01 00:00:00', 'Z'),
  ('n4', '2025-01-01 00:01:00', 'Z'),
  ('n9', '2025-01-01 03:00:00', 'Q');
INSERT INTO gold_window_counts (window_start, title_id, plays) VALUES
  ('2024-12-31 23:55:00', 'Z', 1),
  ('2025-01-01 00:00:00', 'Z', 1);
