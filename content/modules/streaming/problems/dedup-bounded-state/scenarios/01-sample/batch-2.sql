-- Horizon 09:50:00. p1 is resent (still remembered: a duplicate). After the batch the newest event
-- is 11:10:00, so the horizon moves to 10:10:00 and p1 (10:05:00) is forgotten.
INSERT INTO incoming (event_id, event_ts, amount_cents) VALUES
  ('p4', '2024-05-01 11:10:00', 300),
  ('p1', '2024-05-01 10:05:00', 500),
  ('p5', '2024-05-01 10:58:00', 200);
