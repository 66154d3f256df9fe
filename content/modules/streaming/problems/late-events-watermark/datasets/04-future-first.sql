-- The very first arrival is the newest event (08:30:00): it has no watermark and is accepted,
-- and it pushes the watermark to 08:20:00 at once, so the next event (08:00:00) is dropped. The
-- 08:00 and 08:15 windows receive only late events and do not appear. Two accepted events share
-- a timestamp (both count), and 08:24:59 is exactly 10:00 behind 08:34:59 (accepted).
INSERT INTO events VALUES
  (1, 1, '2024-06-04 08:30:00'),
  (2, 2, '2024-06-04 08:00:00'),
  (3, 3, '2024-06-04 08:21:15'),
  (4, 4, '2024-06-04 08:21:15'),
  (5, 5, '2024-06-04 08:19:59'),
  (6, 6, '2024-06-04 08:34:59'),
  (7, 7, '2024-06-04 08:24:59');
