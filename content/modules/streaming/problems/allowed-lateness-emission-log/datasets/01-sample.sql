-- The sample. [12:00, 12:10) fires ON_TIME with 3 at arrival 4 (12:12:00 moves the watermark to
-- exactly 12:10:00); 12:08:00 then arrives with the watermark AT the window's end — the window is
-- closed, so it is a late event, accepted within the 5 minutes and re-fired as 4; 12:03:00 re-fires
-- it as 5. 12:06:00 arrives with the watermark at 12:16:00, past 12:15:00: dropped, like 12:08:30
-- later. [12:20, 12:30) never closes, so it emits nothing.
INSERT INTO events (event_id, arrival_seq, event_time) VALUES
  (10, 1, '2024-06-01 12:01:00'),
  (11, 2, '2024-06-01 12:05:00'),
  (12, 3, '2024-06-01 12:09:30'),
  (13, 4, '2024-06-01 12:12:00'),
  (14, 5, '2024-06-01 12:08:00'),
  (15, 6, '2024-06-01 12:16:00'),
  (16, 7, '2024-06-01 12:03:00'),
  (17, 8, '2024-06-01 12:18:00'),
  (18, 9, '2024-06-01 12:06:00'),
  (19, 10, '2024-06-01 12:23:00'),
  (20, 11, '2024-06-01 12:19:00'),
  (21, 12, '2024-06-01 12:08:30');
