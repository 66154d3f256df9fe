-- Records, but no watermark emission yet: no rows.
INSERT INTO params VALUES (1, 5, 60);
INSERT INTO partitions VALUES (0);
INSERT INTO reads (partition_id, read_ts, event_ts) VALUES
  (0, '2024-06-01 10:00:01', '2024-06-01 10:00:00');
