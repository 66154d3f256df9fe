-- Horizon 08:30:00; a is a duplicate. Afterwards the horizon is exactly 09:00:00, so a (09:00:00)
-- is forgotten: "at or before" the horizon.
INSERT INTO incoming (event_id, event_ts, amount_cents) VALUES
  ('c', '2024-07-01 10:00:00', 400),
  ('a', '2024-07-01 09:00:00', 100);
