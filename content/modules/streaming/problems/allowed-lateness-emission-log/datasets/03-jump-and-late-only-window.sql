-- 09:40:00 jumps the watermark to 09:38:00, closing [09:10, 09:20) and [09:20, 09:30) at once (two
-- ON_TIME rows at one arrival) and passing [09:10, 09:20)'s end + 5 minutes in the same step — the
-- window still fires on time, and 09:14:00 after it is dropped. [09:30, 09:40) gets its first event
-- only after the watermark passed its end: it fires LATE twice and never ON_TIME.
INSERT INTO events (event_id, arrival_seq, event_time) VALUES
  (10, 1, '2024-06-02 09:01:00'),
  (11, 2, '2024-06-02 09:04:00'),
  (12, 3, '2024-06-02 09:13:00'),
  (13, 4, '2024-06-02 09:21:00'),
  (14, 5, '2024-06-02 09:40:00'),
  (15, 6, '2024-06-02 09:14:00'),
  (16, 7, '2024-06-02 09:43:00'),
  (17, 8, '2024-06-02 09:31:00'),
  (18, 9, '2024-06-02 09:36:00'),
  (19, 10, '2024-06-02 09:50:00'),
  (20, 11, '2024-06-02 09:39:00');
