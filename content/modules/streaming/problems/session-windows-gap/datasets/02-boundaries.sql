-- Pauses of exactly gap_s (new session) and gap_s - 1 (same session); two events in the same
-- second; d's session ends at 12:30:00, exactly the watermark (CLOSED); events arriving out of order
-- in the table. Watermark = 12:30:00 - 0 = 12:30:00.
INSERT INTO params VALUES (600, 0);
INSERT INTO events VALUES
  ('a', '2024-05-07 12:00:00'),
  ('a', '2024-05-07 12:10:00'),
  ('b', '2024-05-07 12:09:59'),
  ('b', '2024-05-07 12:00:00'),
  ('b', '2024-05-07 12:00:00'),
  ('c', '2024-05-07 12:30:00'),
  ('a', '2024-05-07 12:10:30'),
  ('d', '2024-05-07 12:20:00');
