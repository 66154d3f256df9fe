-- Twelve arrivals; the consumer reads them about five minutes behind (ingest_ts), which is lag,
-- not disorder. Lateness, in arrival order: 0 0 2 0 0 8 0 2 0 6 12 0 — the 10:00:09 that ties the
-- newest time seen is 0 behind (on time under any delay of 1 s or more), and 10:00:08 trails the
-- newest time, 10:00:20, by 12 s although the arrival just before it was only 10:00:14.
INSERT INTO events (event_id, arrival_seq, event_ts, ingest_ts) VALUES
  (104, 1, '2024-06-01 10:00:00', '2024-06-01 10:05:00'),
  (101, 2, '2024-06-01 10:00:05', '2024-06-01 10:05:02'),
  (108, 3, '2024-06-01 10:00:03', '2024-06-01 10:05:04'),
  (102, 4, '2024-06-01 10:00:09', '2024-06-01 10:05:06'),
  (110, 5, '2024-06-01 10:00:09', '2024-06-01 10:05:08'),
  (103, 6, '2024-06-01 10:00:01', '2024-06-01 10:05:10'),
  (105, 7, '2024-06-01 10:00:12', '2024-06-01 10:05:12'),
  (111, 8, '2024-06-01 10:00:10', '2024-06-01 10:05:14'),
  (106, 9, '2024-06-01 10:00:20', '2024-06-01 10:05:16'),
  (112, 10, '2024-06-01 10:00:14', '2024-06-01 10:05:18'),
  (107, 11, '2024-06-01 10:00:08', '2024-06-01 10:05:20'),
  (109, 12, '2024-06-01 10:00:21', '2024-06-01 10:05:22');
INSERT INTO targets (coverage_permille) VALUES (500), (900), (990);
