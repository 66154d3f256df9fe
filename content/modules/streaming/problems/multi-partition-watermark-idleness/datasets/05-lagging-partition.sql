-- Idleness off; partition 1 is slow, not silent: it keeps reading old events. The combined
-- watermark follows the slowest partition, never the fastest. Its event times are fed out of
-- order, so the partition's own watermark is a running maximum, not its latest read.
INSERT INTO params VALUES (1, 2, NULL);
INSERT INTO partitions VALUES (0), (1);
INSERT INTO reads (partition_id, read_ts, event_ts) VALUES
  (0, '2024-06-01 15:00:01', '2024-06-01 15:00:00'),
  (1, '2024-06-01 15:00:02', '2024-06-01 14:58:00'),
  (0, '2024-06-01 15:00:11', '2024-06-01 15:00:10'),
  (1, '2024-06-01 15:00:12', '2024-06-01 14:58:30'),
  (1, '2024-06-01 15:00:15', '2024-06-01 14:58:05'),
  (0, '2024-06-01 15:00:21', '2024-06-01 15:00:20');
INSERT INTO ticks VALUES
  ('2024-06-01 15:00:05'), ('2024-06-01 15:00:20'), ('2024-06-01 15:00:25');
