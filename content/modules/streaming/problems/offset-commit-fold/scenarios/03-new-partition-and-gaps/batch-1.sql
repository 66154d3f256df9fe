-- Offset 11 of partition 0 was compacted away (a gap); partition 3 appears for the first time.
INSERT INTO fetched (partition_id, kafka_offset, customer_id, amount_cents) VALUES
  (0, 10, 'm1', 400),
  (0, 12, 'm2', 800),
  (3, 0, 'm3', 10),
  (3, 1, 'm3', 20),
  (3, 2, 'm1', 30);
