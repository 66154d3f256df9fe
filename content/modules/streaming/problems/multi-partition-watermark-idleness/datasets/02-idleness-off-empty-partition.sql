-- Idleness detection off. Partition 2 never delivers a record, so it has no watermark, and with
-- nothing to mark it idle it holds the combined watermark at "none" for ever — MIN() that simply
-- skips its NULL would wrongly let the others through.
INSERT INTO params VALUES (1, 0, NULL);
INSERT INTO partitions VALUES (0), (1), (2);
INSERT INTO reads (partition_id, read_ts, event_ts) VALUES
  (0, '2024-06-01 10:00:01', '2024-06-01 10:00:00'),
  (1, '2024-06-01 10:00:02', '2024-06-01 10:00:01'),
  (0, '2024-06-01 10:00:31', '2024-06-01 10:00:30'),
  (1, '2024-06-01 10:00:32', '2024-06-01 10:00:20');
INSERT INTO ticks VALUES
  ('2024-06-01 10:00:10'), ('2024-06-01 10:00:40'), ('2024-06-01 10:05:00');
