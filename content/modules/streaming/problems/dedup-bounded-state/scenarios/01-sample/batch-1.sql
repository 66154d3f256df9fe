-- First batch: nothing remembered yet, so the horizon is NULL. p2 arrives twice.
INSERT INTO incoming (event_id, event_ts, amount_cents) VALUES
  ('p1', '2024-05-01 10:05:00', 500),
  ('p2', '2024-05-01 10:20:00', 700),
  ('p2', '2024-05-01 10:20:00', 700),
  ('p3', '2024-05-01 10:50:00', 1000);
