-- Only partition 1 has anything; partition 0 keeps its position.
INSERT INTO fetched (partition_id, kafka_offset, customer_id, amount_cents) VALUES
  (1, 7, 'k1', 5);
