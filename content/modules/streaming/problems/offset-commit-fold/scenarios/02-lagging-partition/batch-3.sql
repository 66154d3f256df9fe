-- Batch 1 fetched again, plus one new record in partition 0.
INSERT INTO fetched (partition_id, kafka_offset, customer_id, amount_cents) VALUES
  (0, 100, 'k1', 250),
  (0, 101, 'k2', 125),
  (0, 102, 'k3', 1),
  (1, 5, 'k2', 75),
  (1, 6, 'k3', 60);
