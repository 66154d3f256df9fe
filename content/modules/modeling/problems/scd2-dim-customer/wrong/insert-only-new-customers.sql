-- Closes changed versions but opens rows only for customers never seen before, so a customer
-- who moves is left with no current version.
UPDATE dim_customer
SET valid_to = (SELECT s.snapshot_date FROM stg_customer AS s WHERE s.customer_id = dim_customer.customer_id),
    is_current = 0
WHERE is_current = 1
  AND EXISTS (SELECT 1 FROM stg_customer AS s WHERE s.customer_id = dim_customer.customer_id AND s.city <> dim_customer.city);

INSERT INTO dim_customer (customer_id, city, valid_from, valid_to, is_current)
SELECT customer_id, city, snapshot_date, NULL, 1
FROM stg_customer
WHERE customer_id NOT IN (SELECT customer_id FROM dim_customer);
