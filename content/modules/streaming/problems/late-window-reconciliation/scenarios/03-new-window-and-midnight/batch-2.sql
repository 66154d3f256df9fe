-- One late event either side of midnight: both windows recounted to 2.
INSERT INTO late_events (event_id, event_ts, title_id) VALUES
  ('n2', '2024-12-31 23:59:59', 'Z'),
  ('n3', '2025-01-01 00:00:00', 'Z');
