-- Keep each customer's last event of the batch, then upsert it unless the row already holds a
-- later (or the same) event.
INSERT INTO customers (customer_id, email, updated_seq, is_deleted)
SELECT b.customer_id,
       CASE WHEN b.op = 'D' THEN NULL ELSE b.email END,
       b.seq,
       CASE WHEN b.op = 'D' THEN 1 ELSE 0 END
FROM cdc_batch AS b
WHERE b.seq = (SELECT MAX(x.seq) FROM cdc_batch AS x WHERE x.customer_id = b.customer_id)
ON CONFLICT (customer_id) DO UPDATE SET
  email       = CASE WHEN excluded.is_deleted = 1 THEN customers.email ELSE excluded.email END,
  updated_seq = excluded.updated_seq,
  is_deleted  = excluded.is_deleted
WHERE excluded.updated_seq > customers.updated_seq;
