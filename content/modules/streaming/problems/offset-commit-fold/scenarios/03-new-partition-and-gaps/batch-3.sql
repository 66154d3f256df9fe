-- Overlapping fetch: (3, 2) and (0, 12) were folded in already; (3, 3) and (0, 13) are new, and m1
-- has two new records.
INSERT INTO fetched (partition_id, kafka_offset, customer_id, amount_cents) VALUES
  (3, 2, 'm1', 30),
  (3, 3, 'm1', 5),
  (0, 12, 'm2', 800),
  (0, 13, 'm1', 7);
