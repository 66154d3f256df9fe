-- Different delays: impressions 60 s (watermark 12:19), clicks 600 s (watermark 12:00); the join's
-- is 12:00. An interval ending exactly at 12:00:00 (emittable) and one at 12:00:01 (1 s to wait);
-- clicks exactly 600 s after (match), 601 s after and 1 s before (no match), in the same second
-- (match); two clicks on one impression; another user's click on the same ad.
INSERT INTO params VALUES (1, 60, 600);
INSERT INTO impressions VALUES
  (10, 'X', 'a', '2024-05-07 11:50:00'),
  (11, 'X', 'a', '2024-05-07 11:50:01'),
  (12, 'Y', 'b', '2024-05-07 11:40:00'),
  (13, 'Y', 'c', '2024-05-07 11:30:00'),
  (14, 'Z', 'd', '2024-05-07 11:45:00'),
  (15, 'Z', 'e', '2024-05-07 11:55:00'),
  (16, 'W', 'g', '2024-05-07 12:20:00'),
  (17, 'W', 'g', '2024-05-07 11:52:00');
INSERT INTO clicks VALUES
  (200, 'Y', 'b', '2024-05-07 11:50:00'),
  (201, 'Y', 'c', '2024-05-07 11:40:01'),
  (202, 'Y', 'c', '2024-05-07 11:29:59'),
  (203, 'Z', 'd', '2024-05-07 11:45:00'),
  (204, 'Z', 'd', '2024-05-07 11:47:00'),
  (205, 'Z', 'f', '2024-05-07 11:56:00'),
  (206, 'Q', 'h', '2024-05-07 12:10:00');
