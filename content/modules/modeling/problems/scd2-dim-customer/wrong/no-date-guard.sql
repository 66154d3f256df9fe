-- Ignores the snapshot date: a late or repeated snapshot closes a version on or before the day it
-- began (a zero-length or backwards period) and opens a second version with the same valid_from.
UPDATE dim_customer
SET valid_to = (SELECT s.snapshot_date FROM stg_customer AS s WHERE s.customer_id = dim_customer.customer_id),
    is_current = 0
WHERE is_current = 1
  AND EXISTS (SELECT 1 FROM stg_customer AS s WHERE s.customer_id = dim_customer.customer_id AND s.city <> dim_customer.city);

INSERT INTO dim_customer (customer_id, city, valid_from, valid_to, is_current)
SELECT s.customer_id, s.city, s.snapshot_date, NULL, 1
FROM stg_customer AS s
WHERE NOT EXISTS (SELECT 1 FROM dim_customer AS d WHERE d.customer_id = s.customer_id AND d.is_current = 1);
