-- Deletes the row on a 'D' instead of keeping a tombstone (is_deleted = 1, updated_seq = seq).
INSERT INTO customers (customer_id, email, updated_seq, is_deleted)
SELECT b.customer_id, b.email, b.seq, 0
FROM cdc_batch AS b
WHERE b.op IN ('I', 'U')
  AND b.seq = (SELECT MAX(x.seq) FROM cdc_batch AS x WHERE x.customer_id = b.customer_id)
ON CONFLICT (customer_id) DO UPDATE SET
  email = excluded.email, updated_seq = excluded.updated_seq, is_deleted = 0
WHERE excluded.updated_seq > customers.updated_seq;

DELETE FROM customers
WHERE customer_id IN (
  SELECT b.customer_id FROM cdc_batch AS b
  WHERE b.op = 'D'
    AND b.seq = (SELECT MAX(x.seq) FROM cdc_batch AS x WHERE x.customer_id = b.customer_id)
    AND b.seq > customers.updated_seq
);
