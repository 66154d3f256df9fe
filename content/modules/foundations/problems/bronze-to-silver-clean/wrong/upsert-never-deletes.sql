-- Mistake: upserts the current version when it is valid but never removes an order whose
-- current version became unusable, so silver keeps a superseded amount.
INSERT OR IGNORE INTO bronze_orders (raw_id, order_id, amount, ingested_at)
SELECT raw_id, order_id, amount, ingested_at
FROM landing_orders;

INSERT INTO silver_orders (order_id, amount_cents, ingested_at)
WITH versions AS (
  SELECT CAST(TRIM(order_id) AS INTEGER) AS order_id, TRIM(amount) AS amount, ingested_at,
         ROW_NUMBER() OVER (PARTITION BY CAST(TRIM(order_id) AS INTEGER)
                            ORDER BY ingested_at DESC, raw_id DESC) AS rn
  FROM bronze_orders
)
SELECT order_id, CAST(ROUND(CAST(amount AS REAL) * 100) AS INTEGER), ingested_at
FROM versions
WHERE rn = 1 AND amount NOT IN ('', 'n/a')
  AND CAST(ROUND(CAST(amount AS REAL) * 100) AS INTEGER) > 0
ON CONFLICT (order_id) DO UPDATE SET
  amount_cents = excluded.amount_cents,
  ingested_at  = excluded.ingested_at;
