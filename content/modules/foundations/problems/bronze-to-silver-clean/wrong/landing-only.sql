-- Mistake: builds silver from the landed file alone, as if each file held the whole truth:
-- every order not in this file disappears from silver.
INSERT OR IGNORE INTO bronze_orders (raw_id, order_id, amount, ingested_at)
SELECT raw_id, order_id, amount, ingested_at
FROM landing_orders;

DELETE FROM silver_orders;

INSERT INTO silver_orders (order_id, amount_cents, ingested_at)
WITH versions AS (
  SELECT CAST(TRIM(order_id) AS INTEGER) AS order_id, TRIM(amount) AS amount, ingested_at,
         ROW_NUMBER() OVER (PARTITION BY CAST(TRIM(order_id) AS INTEGER)
                            ORDER BY ingested_at DESC, raw_id DESC) AS rn
  FROM landing_orders
)
SELECT order_id, CAST(ROUND(CAST(amount AS REAL) * 100) AS INTEGER), ingested_at
FROM versions
WHERE rn = 1 AND amount NOT IN ('', 'n/a')
  AND CAST(ROUND(CAST(amount AS REAL) * 100) AS INTEGER) > 0;
