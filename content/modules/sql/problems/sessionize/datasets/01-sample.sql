-- The sample: user 1 has a gap of exactly 30:00 (the session goes on) and a 40-minute gap (a new
-- session); user 2 has a short session; user 3 clicked once.
INSERT INTO clicks VALUES
  (1, '2024-03-04 09:00:00'),
  (2, '2024-03-04 09:05:00'),
  (1, '2024-03-04 09:10:00'),
  (2, '2024-03-04 09:12:30'),
  (1, '2024-03-04 09:40:00'),
  (3, '2024-03-04 09:41:00'),
  (1, '2024-03-04 10:20:00'),
  (1, '2024-03-04 10:25:00');
