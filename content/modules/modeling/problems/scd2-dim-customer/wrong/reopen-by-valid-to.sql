-- Not idempotent: it opens a version for every customer whose row was closed "today"
-- (valid_to = snapshot_date). The first run is right; a second run on the same snapshot finds
-- those closed rows again and opens duplicate current versions.
UPDATE dim_customer
SET valid_to = (SELECT s.snapshot_date FROM stg_customer AS s WHERE s.customer_id = dim_customer.customer_id),
    is_current = 0
WHERE is_current = 1
  AND EXISTS (SELECT 1 FROM stg_customer AS s WHERE s.customer_id = dim_customer.customer_id AND s.city <> dim_customer.city);

INSERT INTO dim_customer (customer_id, city, valid_from, valid_to, is_current)
SELECT s.customer_id, s.city, s.snapshot_date, NULL, 1
FROM stg_customer AS s
WHERE NOT EXISTS (SELECT 1 FROM dim_customer AS d WHERE d.customer_id = s.customer_id)
   OR EXISTS (SELECT 1 FROM dim_customer AS d WHERE d.customer_id = s.customer_id AND d.valid_to = s.snapshot_date);
