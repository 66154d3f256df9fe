-- Runs once per snapshot in stg_customer (customer_id, city, snapshot_date).
-- Changed city: close the current version and open a new one. New customer: open a version.
-- Unchanged, or missing from the snapshot: leave alone.
INSERT INTO dim_customer (customer_id, city, valid_from, valid_to, is_current)
SELECT customer_id, city, snapshot_date, NULL, 1
FROM stg_customer
WHERE customer_id NOT IN (SELECT customer_id FROM dim_customer);
