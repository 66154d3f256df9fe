-- Mistake: converts with CAST(x * 100 AS INTEGER), which truncates the binary float: 0.29 * 100
-- is 28.999999999999996, so 0.29 becomes 28 cents.
INSERT OR IGNORE INTO bronze_orders (raw_id, order_id, amount, ingested_at)
SELECT raw_id, order_id, amount, ingested_at
FROM landing_orders;

-- 2. Rebuild silver from bronze: the current version of each order, then validate it.
DELETE FROM silver_orders;

INSERT INTO silver_orders (order_id, amount_cents, ingested_at)
WITH versions AS (
  SELECT CAST(TRIM(order_id) AS INTEGER) AS order_id,
         TRIM(amount) AS amount,
         ingested_at,
         ROW_NUMBER() OVER (PARTITION BY CAST(TRIM(order_id) AS INTEGER)
                            ORDER BY ingested_at DESC, raw_id DESC) AS rn
  FROM bronze_orders
),
current_versions AS (
  SELECT order_id, ingested_at,
         CASE WHEN amount IN ('', 'n/a') THEN NULL
              ELSE CAST(CAST(amount AS REAL) * 100 AS INTEGER)
         END AS amount_cents
  FROM versions
  WHERE rn = 1
)
SELECT order_id, amount_cents, ingested_at
FROM current_versions
WHERE amount_cents > 0;
