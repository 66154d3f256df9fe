-- Gap 10 minutes, watermark delay 5 minutes. The newest event (u2, 11:00:00) puts the watermark at
-- 10:55:00. u1 has two sessions (a 12-minute pause splits them); u2's session is still open.
INSERT INTO params VALUES (600, 300);
INSERT INTO events VALUES
  ('u1', '2024-05-06 10:00:00'),
  ('u1', '2024-05-06 10:04:00'),
  ('u1', '2024-05-06 10:16:00'),
  ('u1', '2024-05-06 10:20:00'),
  ('u2', '2024-05-06 10:52:00'),
  ('u2', '2024-05-06 11:00:00');
