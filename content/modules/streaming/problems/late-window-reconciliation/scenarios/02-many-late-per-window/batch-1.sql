-- Two late events of one window and title, one of them repeated: (08:00, X) is recounted to 4.
INSERT INTO late_events (event_id, event_ts, title_id) VALUES
  ('a3', '2024-06-01 08:03:00', 'X'),
  ('a4', '2024-06-01 08:04:59', 'X'),
  ('a3', '2024-06-01 08:03:00', 'X');
