-- Horizon 13:30:00: v is exactly on it (late); w is older than y but newer than the horizon (new).
INSERT INTO incoming (event_id, event_ts, amount_cents) VALUES
  ('v', '2024-08-15 13:30:00', 900),
  ('w', '2024-08-15 13:45:00', 300);
