-- Handles a delete with an UPDATE, so a 'D' for a customer never seen creates no tombstone.
CREATE TEMP TABLE last_event AS
SELECT b.* FROM cdc_batch AS b
WHERE b.seq = (SELECT MAX(x.seq) FROM cdc_batch AS x WHERE x.customer_id = b.customer_id);

INSERT INTO customers (customer_id, email, updated_seq, is_deleted)
SELECT customer_id, email, seq, 0 FROM last_event WHERE op IN ('I', 'U')
ON CONFLICT (customer_id) DO UPDATE SET
  email = excluded.email, updated_seq = excluded.updated_seq, is_deleted = 0
WHERE excluded.updated_seq > customers.updated_seq;

UPDATE customers
SET is_deleted = 1,
    updated_seq = (SELECT e.seq FROM last_event AS e WHERE e.customer_id = customers.customer_id)
WHERE customer_id IN (SELECT e.customer_id FROM last_event AS e WHERE e.op = 'D' AND e.seq > customers.updated_seq);
