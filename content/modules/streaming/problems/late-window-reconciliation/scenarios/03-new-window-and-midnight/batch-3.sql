-- n3 again, in a slice of its own: nothing changes.
INSERT INTO late_events (event_id, event_ts, title_id) VALUES
  ('n3', '2025-01-01 00:00:00', 'Z');
