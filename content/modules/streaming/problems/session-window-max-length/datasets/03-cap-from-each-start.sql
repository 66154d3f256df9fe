-- Gap 30 minutes, cap 2 hours. carol has a short session, pauses for almost 3 hours, then is
-- active every 20 minutes from 09:00 to 14:00. The cap counts from each session's own start:
-- 09:00 -> 11:00 joins (exactly 2 hours), 11:20 starts a session; 13:20 joins it, 13:40 starts the
-- next. A cap counted from carol's first event (06:00), or on a fixed 2-hour grid, cuts elsewhere.
INSERT INTO params VALUES (1800, 7200);
INSERT INTO events (user_id, event_ts) VALUES
  ('dan',   '2024-06-04 23:59:59'),
  ('ben',   '2024-06-04 22:00:00'),
  ('ben',   '2024-06-04 22:29:59'),
  ('carol', '2024-06-04 06:00:00'),
  ('carol', '2024-06-04 06:15:00'),
  ('carol', '2024-06-04 09:00:00'),
  ('carol', '2024-06-04 09:20:00'),
  ('carol', '2024-06-04 09:40:00'),
  ('carol', '2024-06-04 10:00:00'),
  ('carol', '2024-06-04 10:20:00'),
  ('carol', '2024-06-04 10:40:00'),
  ('carol', '2024-06-04 11:00:00'),
  ('carol', '2024-06-04 11:20:00'),
  ('carol', '2024-06-04 11:40:00'),
  ('carol', '2024-06-04 12:00:00'),
  ('carol', '2024-06-04 12:20:00'),
  ('carol', '2024-06-04 12:40:00'),
  ('carol', '2024-06-04 13:00:00'),
  ('carol', '2024-06-04 13:20:00'),
  ('carol', '2024-06-04 13:40:00'),
  ('carol', '2024-06-04 14:00:00');
