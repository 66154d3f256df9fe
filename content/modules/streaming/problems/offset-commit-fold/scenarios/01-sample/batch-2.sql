-- After a rebalance the consumer fetches from older positions: only (0, 5), a refund, is new.
INSERT INTO fetched (partition_id, kafka_offset, customer_id, amount_cents) VALUES
  (0, 2, 'c1', 500),
  (0, 3, 'c1', 200),
  (0, 4, 'c3', 1000),
  (0, 5, 'c1', -100),
  (1, 1, 'c2', 50);
