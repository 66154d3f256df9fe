-- Loads the customer feed with INSERT OR IGNORE: a customer already present as an inferred member
-- is skipped, so the placeholder is never filled and its orders stay attributed to "unknown".
INSERT OR IGNORE INTO dim_customer (customer_key, customer_id, name, segment, is_inferred)
SELECT (SELECT COALESCE(MAX(customer_key), 0) FROM dim_customer) + ROW_NUMBER() OVER (ORDER BY s.customer_id),
       s.customer_id, s.name, s.segment, 0
FROM stg_customer AS s
WHERE NOT EXISTS (SELECT 1 FROM dim_customer AS d WHERE d.customer_id = s.customer_id);

INSERT INTO dim_customer (customer_key, customer_id, name, segment, is_inferred)
SELECT (SELECT COALESCE(MAX(customer_key), 0) FROM dim_customer) + ROW_NUMBER() OVER (ORDER BY u.customer_id),
       u.customer_id, NULL, NULL, 1
FROM (SELECT DISTINCT customer_id FROM stg_orders) AS u
WHERE NOT EXISTS (SELECT 1 FROM dim_customer AS d WHERE d.customer_id = u.customer_id);

INSERT INTO fact_orders (order_id, customer_key, amount_cents)
SELECT o.order_id, d.customer_key, o.amount_cents
FROM stg_orders AS o
JOIN dim_customer AS d ON d.customer_id = o.customer_id
WHERE NOT EXISTS (SELECT 1 FROM fact_orders AS f WHERE f.order_id = o.order_id);
