-- Horizon 09:00:00. a sits exactly on it: late, dropped (it was forgotten, so accepting it would
-- count it twice). d is one second newer: counted once although it arrives twice.
INSERT INTO incoming (event_id, event_ts, amount_cents) VALUES
  ('a', '2024-07-01 09:00:00', 100),
  ('d', '2024-07-01 09:00:01', 50),
  ('d', '2024-07-01 09:00:01', 50);
