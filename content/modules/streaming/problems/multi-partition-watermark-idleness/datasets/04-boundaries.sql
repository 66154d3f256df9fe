-- Idle timeout 60 s. At 09:01:00 partition 0's last read is exactly 60 s old: still active. One
-- second later it is idle. A read at exactly the tick counts; the two reads at 09:01:02 (a tie on
-- read time) come after the 09:01:01 tick and must not count there.
INSERT INTO params VALUES (1, 10, 60);
INSERT INTO partitions VALUES (0), (1);
INSERT INTO reads (partition_id, read_ts, event_ts) VALUES
  (0, '2024-06-01 09:00:00', '2024-06-01 09:00:00'),
  (1, '2024-06-01 09:00:30', '2024-06-01 09:00:20'),
  (1, '2024-06-01 09:01:00', '2024-06-01 09:00:58'),
  (1, '2024-06-01 09:01:02', '2024-06-01 09:01:30'),
  (1, '2024-06-01 09:01:02', '2024-06-01 09:01:10');
INSERT INTO ticks VALUES
  ('2024-06-01 09:01:00'), ('2024-06-01 09:01:01'), ('2024-06-01 09:02:00');
