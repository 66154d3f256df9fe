-- A fetch of old records only: partition 0 must stay at 14, not fall back to 10.
INSERT INTO fetched (partition_id, kafka_offset, customer_id, amount_cents) VALUES
  (0, 8, 'm2', 90),
  (0, 9, 'm2', 90);
