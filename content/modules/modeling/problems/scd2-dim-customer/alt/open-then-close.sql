-- The other order of the two steps. First open a version for every snapshot customer whose
-- current version is missing, or has another city and began before the snapshot date (an outer
-- join to the current rows; a late or repeated snapshot opens nothing); then any
-- customer with two current versions has its older one closed, on the date the newer one opened.
INSERT INTO dim_customer (customer_id, city, valid_from, valid_to, is_current)
SELECT s.customer_id, s.city, s.snapshot_date, NULL, 1
FROM stg_customer AS s
LEFT JOIN dim_customer AS cur
  ON cur.customer_id = s.customer_id AND cur.is_current = 1
WHERE cur.customer_id IS NULL
   OR (cur.city <> s.city AND s.snapshot_date > cur.valid_from);

UPDATE dim_customer
SET valid_to = (
      SELECT n.valid_from
      FROM dim_customer AS n
      WHERE n.customer_id = dim_customer.customer_id
        AND n.is_current = 1
        AND n.valid_from > dim_customer.valid_from),
    is_current = 0
WHERE is_current = 1
  AND EXISTS (
    SELECT 1
    FROM dim_customer AS n
    WHERE n.customer_id = dim_customer.customer_id
      AND n.is_current = 1
      AND n.valid_from > dim_customer.valid_from
  );
