-- Applies every event of the batch in seq order instead of only each customer's last one. It
-- looks equivalent, but a U followed by a D leaves the U's email on the tombstone, and an I
-- followed by a D for a new customer leaves an email where a NULL belongs.
INSERT INTO customers (customer_id, email, updated_seq, is_deleted)
SELECT b.customer_id,
       CASE WHEN b.op = 'D' THEN NULL ELSE b.email END,
       b.seq,
       CASE WHEN b.op = 'D' THEN 1 ELSE 0 END
FROM cdc_batch AS b
WHERE true
ORDER BY b.seq
ON CONFLICT (customer_id) DO UPDATE SET
  email       = CASE WHEN excluded.is_deleted = 1 THEN customers.email ELSE excluded.email END,
  updated_seq = excluded.updated_seq,
  is_deleted  = excluded.is_deleted
WHERE excluded.updated_seq > customers.updated_seq;
