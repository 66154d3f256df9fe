-- 1a. The customer feed overwrites known rows in place — inferred members included, which become
--     real. Their customer_key does not move, so facts loaded against them stay attached.
UPDATE dim_customer
SET name        = (SELECT s.name    FROM stg_customer AS s WHERE s.customer_id = dim_customer.customer_id),
    segment     = (SELECT s.segment FROM stg_customer AS s WHERE s.customer_id = dim_customer.customer_id),
    is_inferred = 0
WHERE customer_id IN (SELECT customer_id FROM stg_customer);

-- 1b. New real customers take the next keys, in customer_id order.
INSERT INTO dim_customer (customer_key, customer_id, name, segment, is_inferred)
SELECT (SELECT COALESCE(MAX(customer_key), 0) FROM dim_customer) + ROW_NUMBER() OVER (ORDER BY s.customer_id),
       s.customer_id, s.name, s.segment, 0
FROM stg_customer AS s
WHERE NOT EXISTS (SELECT 1 FROM dim_customer AS d WHERE d.customer_id = s.customer_id);

-- 2. One inferred member per customer the orders mention and the dimension still lacks.
INSERT INTO dim_customer (customer_key, customer_id, name, segment, is_inferred)
SELECT (SELECT COALESCE(MAX(customer_key), 0) FROM dim_customer) + ROW_NUMBER() OVER (ORDER BY u.customer_id),
       u.customer_id, NULL, NULL, 1
FROM (SELECT DISTINCT customer_id FROM stg_orders) AS u
WHERE NOT EXISTS (SELECT 1 FROM dim_customer AS d WHERE d.customer_id = u.customer_id);

-- 3. Every order now has a dimension row to point at; load the ones not loaded before.
INSERT INTO fact_orders (order_id, customer_key, amount_cents)
SELECT o.order_id, d.customer_key, o.amount_cents
FROM stg_orders AS o
JOIN dim_customer AS d ON d.customer_id = o.customer_id
WHERE NOT EXISTS (SELECT 1 FROM fact_orders AS f WHERE f.order_id = o.order_id);
