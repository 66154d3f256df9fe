-- New records in both partitions; c2 pays twice in this fetch.
INSERT INTO fetched (partition_id, kafka_offset, customer_id, amount_cents) VALUES
  (0, 3, 'c1', 200),
  (0, 4, 'c3', 1000),
  (1, 0, 'c2', 300),
  (1, 1, 'c2', 50);
