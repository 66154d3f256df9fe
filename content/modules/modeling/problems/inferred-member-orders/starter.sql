-- Runs once per batch: stg_customer (customer_id, name, segment), stg_orders (order_id, customer_id,
-- amount_cents). 1) customer feed as type 1 (fills inferred rows in place); 2) one inferred member
-- per unknown order customer; 3) new orders into fact_orders with their customer_key.
INSERT INTO fact_orders (order_id, customer_key, amount_cents)
SELECT o.order_id, d.customer_key, o.amount_cents
FROM stg_orders AS o
JOIN dim_customer AS d ON d.customer_id = o.customer_id;
