-- Boundaries: the last second of a window (10:04:59) and the first of the next (10:05:00); an
-- event at 10:03:00 (nearest boundary is 10:05, but its window starts at 10:00); plays in the same
-- five minutes but different minutes; a window that crosses midnight is a normal window; a
-- late-arriving play whose ingestion time falls in another window and another day.
INSERT INTO plays VALUES
  (10, '2024-05-01 10:04:59', '2024-05-01 10:05:01', 'A', 1000),
  (11, '2024-05-01 10:05:00', '2024-05-01 10:05:00', 'A', 2000),
  (12, '2024-05-01 10:03:00', '2024-05-01 10:03:02', 'A', 4000),
  (13, '2024-05-01 10:01:00', '2024-05-01 10:01:01', 'A', 8000),
  (14, '2024-05-01 23:57:30', '2024-05-02 00:31:00', 'B', 16000),
  (15, '2024-05-01 23:59:59', '2024-05-02 00:00:01', 'B', 32000),
  (16, '2024-05-02 00:00:00', '2024-05-02 00:00:00', 'B', 64000),
  (17, '2024-05-01 10:02:30', '2024-05-01 10:02:31', 'B', 128000);
