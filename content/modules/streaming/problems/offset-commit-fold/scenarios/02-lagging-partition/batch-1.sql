-- The records at exactly next_offset (100 and 5) are new.
INSERT INTO fetched (partition_id, kafka_offset, customer_id, amount_cents) VALUES
  (0, 100, 'k1', 250),
  (0, 101, 'k2', 125),
  (1, 5, 'k2', 75),
  (1, 6, 'k3', 60);
