-- Exactly 600 s (match) and 601 s (no match) before; same second (0 s); an impression 2 minutes
-- after the click (no match); another user's closer impression of the same ad; a tie on imp_ts.
INSERT INTO impressions VALUES
  (10, 'X', 'a', '2024-04-03 10:00:00'),
  (11, 'X', 'b', '2024-04-03 10:00:00'),
  (12, 'Y', 'a', '2024-04-03 11:00:00'),
  (13, 'Z', 'a', '2024-04-03 12:02:00'),
  (14, 'X', 'b', '2024-04-03 10:09:00'),
  (15, 'W', 'c', '2024-04-03 13:00:00'),
  (16, 'W', 'c', '2024-04-03 13:00:00'),
  (17, 'X', 'c', '2024-04-03 10:09:30');
INSERT INTO clicks VALUES
  (200, 'X', 'a', '2024-04-03 10:10:00'),
  (201, 'X', 'b', '2024-04-03 10:10:01'),
  (202, 'Y', 'a', '2024-04-03 11:00:00'),
  (203, 'Z', 'a', '2024-04-03 12:00:00'),
  (204, 'W', 'c', '2024-04-03 13:05:00'),
  (205, 'X', 'a', '2024-04-03 10:10:01');
