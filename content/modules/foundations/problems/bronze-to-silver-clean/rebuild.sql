-- The full rebuild: the bronze records the scenario started with plus every file landed so far.
WITH bronze AS (
  SELECT raw_id, order_id, amount, ingested_at FROM bronze_orders
  UNION
  SELECT raw_id, order_id, amount, ingested_at FROM all_landing_orders
),
ranked AS (
  SELECT CAST(TRIM(order_id) AS INTEGER) AS order_id, TRIM(amount) AS amount, ingested_at,
         ROW_NUMBER() OVER (PARTITION BY CAST(TRIM(order_id) AS INTEGER)
                            ORDER BY ingested_at DESC, raw_id DESC) AS rn
  FROM bronze
)
SELECT order_id, CAST(ROUND(CAST(amount AS REAL) * 100) AS INTEGER), ingested_at
FROM ranked
WHERE rn = 1 AND amount NOT IN ('', 'n/a')
  AND CAST(ROUND(CAST(amount AS REAL) * 100) AS INTEGER) > 0;
