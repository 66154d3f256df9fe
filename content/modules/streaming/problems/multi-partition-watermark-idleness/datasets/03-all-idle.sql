-- Both partitions go quiet: from 12:00:40 every partition is idle, nothing is active, and the
-- combined watermark holds at its last value (it neither disappears nor moves). When partition 0
-- reads again it alone sets the watermark; partition 1, still idle, is left out.
INSERT INTO params VALUES (1, 0, 30);
INSERT INTO partitions VALUES (0), (1);
INSERT INTO reads (partition_id, read_ts, event_ts) VALUES
  (0, '2024-06-01 12:00:00', '2024-06-01 12:00:00'),
  (1, '2024-06-01 12:00:05', '2024-06-01 11:59:50'),
  (0, '2024-06-01 12:01:20', '2024-06-01 12:01:15');
INSERT INTO ticks VALUES
  ('2024-06-01 12:00:10'), ('2024-06-01 12:00:40'), ('2024-06-01 12:01:10'),
  ('2024-06-01 12:01:30');
