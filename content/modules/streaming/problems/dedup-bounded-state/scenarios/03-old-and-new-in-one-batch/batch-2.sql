-- One batch spans hours. The horizon is fixed when the run starts (NULL here), so x and z count
-- although y is more than two hours newer. Afterwards the horizon is 13:30:00: x and z are forgotten.
INSERT INTO incoming (event_id, event_ts, amount_cents) VALUES
  ('x', '2024-08-15 12:00:00', 1000),
  ('y', '2024-08-15 14:30:00', 2000),
  ('z', '2024-08-15 12:10:00', 500),
  ('z', '2024-08-15 12:10:00', 500);
