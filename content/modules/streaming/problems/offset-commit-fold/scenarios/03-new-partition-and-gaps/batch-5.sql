-- The consumer re-fetches partition 0 from offset 10: only (0, 14) is new.
INSERT INTO fetched (partition_id, kafka_offset, customer_id, amount_cents) VALUES
  (0, 10, 'm1', 400),
  (0, 12, 'm2', 800),
  (0, 13, 'm1', 7),
  (0, 14, 'm2', 3);
