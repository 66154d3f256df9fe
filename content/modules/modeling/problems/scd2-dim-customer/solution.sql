-- 1. Close the current version of every customer whose city changed in this snapshot. A snapshot
--    dated on or before the version's valid_from is a late or repeated one: it changes nothing.
UPDATE dim_customer
SET valid_to = (SELECT s.snapshot_date FROM stg_customer AS s WHERE s.customer_id = dim_customer.customer_id),
    is_current = 0
WHERE is_current = 1
  AND EXISTS (
    SELECT 1 FROM stg_customer AS s
    WHERE s.customer_id = dim_customer.customer_id
      AND s.city <> dim_customer.city
      AND s.snapshot_date > dim_customer.valid_from
  );

-- 2. Open a current version for every snapshot customer left without one: new customers and the
--    ones just closed. Unchanged customers still have their current version and are skipped.
INSERT INTO dim_customer (customer_id, city, valid_from, valid_to, is_current)
SELECT s.customer_id, s.city, s.snapshot_date, NULL, 1
FROM stg_customer AS s
WHERE NOT EXISTS (
  SELECT 1 FROM dim_customer AS d
  WHERE d.customer_id = s.customer_id AND d.is_current = 1
);
