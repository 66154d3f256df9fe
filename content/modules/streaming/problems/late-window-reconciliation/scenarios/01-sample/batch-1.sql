-- e5 delivered twice in one slice: (10:00, T1) becomes 3, once.
INSERT INTO late_events (event_id, event_ts, title_id) VALUES
  ('e5', '2024-05-01 10:02:00', 'T1'),
  ('e5', '2024-05-01 10:02:00', 'T1');
