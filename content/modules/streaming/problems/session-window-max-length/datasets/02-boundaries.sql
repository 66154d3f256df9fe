-- Gap 30 minutes, cap 1 hour; every boundary from both sides.
-- u1: a pause of exactly 1800 s starts a session; 1799 s does not.
-- u2: 12:00:00 is exactly 3600 s after its session's start and joins; 12:20:00 is more than an
--     hour after it (while the pause is only 20 minutes) and is cut off by the cap. In the next
--     session, 13:20:00 (exactly 3600 s) joins and 13:20:01 is cut off.
-- u3: 15:20:00 comes after a pause of exactly 30 minutes AND more than an hour after its session's
--     start: both rules hold, and started_by is 'gap'.
INSERT INTO params VALUES (1800, 3600);
INSERT INTO events (user_id, event_ts) VALUES
  ('u1', '2024-06-05 10:00:00'),
  ('u1', '2024-06-05 10:30:00'),
  ('u1', '2024-06-05 10:59:59'),
  ('u2', '2024-06-05 11:00:00'),
  ('u2', '2024-06-05 11:25:00'),
  ('u2', '2024-06-05 11:50:00'),
  ('u2', '2024-06-05 12:00:00'),
  ('u2', '2024-06-05 12:20:00'),
  ('u2', '2024-06-05 12:45:00'),
  ('u2', '2024-06-05 13:10:00'),
  ('u2', '2024-06-05 13:20:00'),
  ('u2', '2024-06-05 13:20:01'),
  ('u3', '2024-06-05 14:00:00'),
  ('u3', '2024-06-05 14:25:00'),
  ('u3', '2024-06-05 14:50:00'),
  ('u3', '2024-06-05 15:20:00');
