-- Commits one past the largest *fetched* offset of every fetched partition, new or not: a fetch of
-- old records moves the position backwards, and the next fetch folds records in a second time.
-- Records at or after their partition's committed position; a partition never committed starts
-- at 0 (LEFT JOIN + COALESCE, so new partitions are not lost).
CREATE TEMP TABLE todo AS
SELECT f.partition_id, f.kafka_offset, f.customer_id, f.amount_cents
FROM fetched AS f
LEFT JOIN committed_offsets AS c ON c.partition_id = f.partition_id
WHERE f.kafka_offset >= COALESCE(c.next_offset, 0);

-- Fold them in: several records of one customer in one fetch all add up.
INSERT INTO customer_balance (customer_id, balance_cents, payments)
SELECT customer_id, SUM(amount_cents), COUNT(*)
FROM todo
WHERE true
GROUP BY customer_id
ON CONFLICT (customer_id) DO UPDATE SET
  balance_cents = customer_balance.balance_cents + excluded.balance_cents,
  payments      = customer_balance.payments + excluded.payments;

-- Commit alongside the output: the next offset to read is one past the last one folded in.
INSERT INTO committed_offsets (partition_id, next_offset)
SELECT partition_id, MAX(kafka_offset) + 1
FROM fetched
WHERE true
GROUP BY partition_id
ON CONFLICT (partition_id) DO UPDATE SET next_offset = excluded.next_offset;
