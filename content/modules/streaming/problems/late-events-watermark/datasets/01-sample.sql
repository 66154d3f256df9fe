-- The sample: arrival order unlike event-time order; 12:03:10 arrives after 12:04:30 and still
-- counts; 12:16:00 pushes the watermark to 12:06:00, which closes [12:00, 12:05) — so 12:02:00,
-- arriving next, is dropped — while 12:05:30, behind the watermark too, is counted because
-- [12:05, 12:10) is still open. 12:10:00 sits on a window boundary.
INSERT INTO events VALUES
  (1, 1, '2024-06-01 12:01:00'),
  (2, 2, '2024-06-01 12:04:30'),
  (3, 3, '2024-06-01 12:03:10'),
  (4, 4, '2024-06-01 12:16:00'),
  (5, 5, '2024-06-01 12:10:00'),
  (6, 6, '2024-06-01 12:02:00'),
  (7, 7, '2024-06-01 12:05:30'),
  (8, 8, '2024-06-01 12:08:20');
