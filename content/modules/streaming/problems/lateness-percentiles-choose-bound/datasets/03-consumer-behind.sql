-- The consumer reads everything half an hour late (ingest_ts), yet the stream is nearly in order;
-- event_id runs against arrival order. 10:00:20 after 10:00:50 trails by 30 s; 10:00:59 and
-- 10:00:58 trail the newest time 10:01:00 by 1 s and 2 s; the last arrival, 10:00:10, trails the
-- newest time, 10:01:01 (the arrival just before it), by 51 s.
INSERT INTO events (event_id, arrival_seq, event_ts, ingest_ts) VALUES
  (50, 10, '2024-06-01 15:00:00', '2024-06-01 15:30:00'),
  (45, 20, '2024-06-01 15:00:40', '2024-06-01 15:30:01'),
  (40, 30, '2024-06-01 15:00:35', '2024-06-01 15:30:02'),
  (35, 40, '2024-06-01 15:00:50', '2024-06-01 15:30:03'),
  (30, 50, '2024-06-01 15:00:20', '2024-06-01 15:30:04'),
  (25, 60, '2024-06-01 15:01:00', '2024-06-01 15:30:05'),
  (20, 70, '2024-06-01 15:00:59', '2024-06-01 15:30:06'),
  (15, 80, '2024-06-01 15:00:58', '2024-06-01 15:30:07'),
  (10, 90, '2024-06-01 15:01:01', '2024-06-01 15:30:08'),
  (5, 100, '2024-06-01 15:00:10', '2024-06-01 15:30:09');
INSERT INTO targets (coverage_permille) VALUES (100), (500), (700), (900), (1000);
