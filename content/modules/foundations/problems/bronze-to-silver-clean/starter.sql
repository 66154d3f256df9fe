-- 1. Land the file in bronze.
INSERT INTO bronze_orders (raw_id, order_id, amount, ingested_at)
SELECT raw_id, order_id, amount, ingested_at
FROM landing_orders;

-- 2. Bring silver_orders up to date from bronze_orders.
