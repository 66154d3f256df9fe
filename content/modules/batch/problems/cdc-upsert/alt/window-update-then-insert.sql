-- A window picks each customer's last event of the batch; known customers are changed with
-- UPDATE ... FROM (only by a later event), unknown ones inserted. No upsert.
WITH last_event AS (
  SELECT customer_id, op, email, seq
  FROM (
    SELECT b.customer_id, b.op, b.email, b.seq,
           ROW_NUMBER() OVER (PARTITION BY b.customer_id ORDER BY b.seq DESC) AS latest_first
    FROM cdc_batch AS b
  )
  WHERE latest_first = 1
)
UPDATE customers
SET email       = CASE WHEN l.op = 'D' THEN customers.email ELSE l.email END,
    updated_seq = l.seq,
    is_deleted  = CASE WHEN l.op = 'D' THEN 1 ELSE 0 END
FROM last_event AS l
WHERE l.customer_id = customers.customer_id
  AND l.seq > customers.updated_seq;

WITH last_event AS (
  SELECT customer_id, op, email, seq
  FROM (
    SELECT b.customer_id, b.op, b.email, b.seq,
           ROW_NUMBER() OVER (PARTITION BY b.customer_id ORDER BY b.seq DESC) AS latest_first
    FROM cdc_batch AS b
  )
  WHERE latest_first = 1
)
INSERT INTO customers (customer_id, email, updated_seq, is_deleted)
SELECT customer_id,
       CASE WHEN op = 'D' THEN NULL ELSE email END,
       seq,
       CASE WHEN op = 'D' THEN 1 ELSE 0 END
FROM last_event
WHERE customer_id NOT IN (SELECT customer_id FROM customers);
