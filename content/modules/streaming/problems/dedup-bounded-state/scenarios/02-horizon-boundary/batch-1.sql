INSERT INTO incoming (event_id, event_ts, amount_cents) VALUES
  ('a', '2024-07-01 09:00:00', 100),
  ('b', '2024-07-01 09:30:00', 200);
