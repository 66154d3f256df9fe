-- Batch 2 delivered again: x and z are late now, y is a duplicate. Nothing changes.
INSERT INTO incoming (event_id, event_ts, amount_cents) VALUES
  ('x', '2024-08-15 12:00:00', 1000),
  ('y', '2024-08-15 14:30:00', 2000),
  ('z', '2024-08-15 12:10:00', 500),
  ('z', '2024-08-15 12:10:00', 500);
