-- e6's window has no gold row yet: (10:05, T2) is inserted with 1.
INSERT INTO late_events (event_id, event_ts, title_id) VALUES
  ('e6', '2024-05-01 10:08:00', 'T2');
