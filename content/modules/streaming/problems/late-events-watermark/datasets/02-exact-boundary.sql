-- The closing boundary, to the second. After 09:25:00 the watermark is 09:15:00: 09:14:59's
-- window [09:10, 09:15) ends exactly on it, so it is closed and the event dropped, while 09:15:00
-- (on the watermark itself) is counted in [09:15, 09:20). After 09:29:59 the watermark is
-- 09:19:59, one second short of [09:15, 09:20)'s end: a second 09:15:00 event, 4:59 behind the
-- watermark, still counts. After 09:30:00 (watermark 09:20:00) 09:19:59 is dropped and 09:20:00
-- counts. [09:10, 09:15) receives only events that arrive after it closed and has no row.
-- Rows are inserted by event_id, which is unrelated to arrival order.
INSERT INTO events VALUES
  (1, 6, '2024-03-10 09:15:00'),
  (2, 10, '2024-03-10 09:10:00'),
  (3, 1, '2024-03-10 09:25:00'),
  (4, 8, '2024-03-10 09:19:59'),
  (5, 3, '2024-03-10 09:15:00'),
  (6, 2, '2024-03-10 09:14:59'),
  (7, 9, '2024-03-10 09:20:00'),
  (8, 4, '2024-03-10 09:24:59'),
  (9, 7, '2024-03-10 09:30:00'),
  (10, 5, '2024-03-10 09:29:59');
