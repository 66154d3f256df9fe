-- A delete sets the email to NULL; the rules say a tombstone keeps the email it had.
INSERT INTO customers (customer_id, email, updated_seq, is_deleted)
SELECT b.customer_id, b.email, b.seq, CASE WHEN b.op = 'D' THEN 1 ELSE 0 END
FROM cdc_batch AS b
WHERE b.seq = (SELECT MAX(x.seq) FROM cdc_batch AS x WHERE x.customer_id = b.customer_id)
ON CONFLICT (customer_id) DO UPDATE SET
  email = excluded.email, updated_seq = excluded.updated_seq, is_deleted = excluded.is_deleted
WHERE excluded.updated_seq > customers.updated_seq;
