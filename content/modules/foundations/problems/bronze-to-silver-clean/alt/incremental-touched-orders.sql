-- Alternative: incremental. Only the orders named in this file can change; for each of them
-- find the current version in bronze with NOT EXISTS, then delete and re-insert just those orders.
INSERT INTO bronze_orders (raw_id, order_id, amount, ingested_at)
SELECT l.raw_id, l.order_id, l.amount, l.ingested_at
FROM landing_orders AS l
WHERE NOT EXISTS (SELECT 1 FROM bronze_orders AS b WHERE b.raw_id = l.raw_id);

DELETE FROM silver_orders
WHERE order_id IN (SELECT CAST(TRIM(order_id) AS INTEGER) FROM landing_orders);

INSERT INTO silver_orders (order_id, amount_cents, ingested_at)
SELECT CAST(TRIM(b.order_id) AS INTEGER),
       CAST(ROUND(CAST(TRIM(b.amount) AS REAL) * 100) AS INTEGER),
       b.ingested_at
FROM bronze_orders AS b
WHERE CAST(TRIM(b.order_id) AS INTEGER) IN (SELECT CAST(TRIM(order_id) AS INTEGER) FROM landing_orders)
  AND NOT EXISTS (
    SELECT 1 FROM bronze_orders AS n
    WHERE CAST(TRIM(n.order_id) AS INTEGER) = CAST(TRIM(b.order_id) AS INTEGER)
      AND (n.ingested_at > b.ingested_at
           OR (n.ingested_at = b.ingested_at AND n.raw_id > b.raw_id)))
  AND TRIM(b.amount) <> ''
  AND TRIM(b.amount) <> 'n/a'
  AND CAST(ROUND(CAST(TRIM(b.amount) AS REAL) * 100) AS INTEGER) > 0;
