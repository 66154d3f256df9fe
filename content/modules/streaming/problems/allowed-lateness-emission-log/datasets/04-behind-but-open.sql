-- 08:06:00 arrives behind the watermark (08:07:00) but its window [08:00, 08:10) is still open: it
-- is an on-time event, counted in the ON_TIME firing, not a LATE one. event_id runs against arrival.
INSERT INTO events (event_id, arrival_seq, event_time) VALUES
  (115, 1, '2024-06-03 08:00:00'),
  (112, 2, '2024-06-03 08:09:00'),
  (109, 3, '2024-06-03 08:06:00'),
  (106, 4, '2024-06-03 08:11:00'),
  (103, 5, '2024-06-03 08:12:30');
