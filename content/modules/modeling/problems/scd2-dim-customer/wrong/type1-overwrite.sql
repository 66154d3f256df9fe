-- Overwrites the city in place (type 1): the old version and its period are lost.
UPDATE dim_customer
SET city = (SELECT s.city FROM stg_customer AS s WHERE s.customer_id = dim_customer.customer_id)
WHERE is_current = 1
  AND customer_id IN (SELECT customer_id FROM stg_customer);

INSERT INTO dim_customer (customer_id, city, valid_from, valid_to, is_current)
SELECT customer_id, city, snapshot_date, NULL, 1
FROM stg_customer
WHERE customer_id NOT IN (SELECT customer_id FROM dim_customer);
