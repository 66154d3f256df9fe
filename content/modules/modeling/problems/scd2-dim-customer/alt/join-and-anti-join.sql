-- The changed customers, found with a join; closed with UPDATE ... FROM (SQLite 3.33+).
UPDATE dim_customer AS d
SET valid_to = s.snapshot_date, is_current = 0
FROM stg_customer AS s
WHERE s.customer_id = d.customer_id
  AND d.is_current = 1
  AND s.city != d.city
  AND s.snapshot_date > d.valid_from;

-- Open a version where no current one is left: a LEFT JOIN anti-join.
INSERT INTO dim_customer (customer_id, city, valid_from, valid_to, is_current)
SELECT s.customer_id, s.city, s.snapshot_date, NULL, 1
FROM stg_customer AS s
LEFT JOIN dim_customer AS d ON d.customer_id = s.customer_id AND d.is_current = 1
WHERE d.customer_sk IS NULL;
