-- Batch 1 delivered again. p1 is forgotten but behind the horizon (10:10:00): late, dropped.
-- p2 and p3 are still remembered: duplicates.
INSERT INTO incoming (event_id, event_ts, amount_cents) VALUES
  ('p1', '2024-05-01 10:05:00', 500),
  ('p2', '2024-05-01 10:20:00', 700),
  ('p2', '2024-05-01 10:20:00', 700),
  ('p3', '2024-05-01 10:50:00', 1000);
