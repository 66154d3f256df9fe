-- Folds with correlated NOT EXISTS instead of a temp table, then commits with INSERT OR REPLACE
-- taking the greater of the old position and one past the largest fetched offset, so a fetch of
-- old records leaves the position where it was.
INSERT INTO customer_balance (customer_id, balance_cents, payments)
SELECT f.customer_id, SUM(f.amount_cents), COUNT(*)
FROM fetched AS f
WHERE NOT EXISTS (
  SELECT 1 FROM committed_offsets AS c
  WHERE c.partition_id = f.partition_id AND f.kafka_offset < c.next_offset
)
GROUP BY f.customer_id
ON CONFLICT (customer_id) DO UPDATE SET
  balance_cents = balance_cents + excluded.balance_cents,
  payments      = payments + excluded.payments;

INSERT OR REPLACE INTO committed_offsets (partition_id, next_offset)
SELECT f.partition_id,
       MAX(MAX(f.kafka_offset) + 1,
           COALESCE((SELECT c.next_offset FROM committed_offsets AS c
                     WHERE c.partition_id = f.partition_id), 0))
FROM fetched AS f
GROUP BY f.partition_id;
