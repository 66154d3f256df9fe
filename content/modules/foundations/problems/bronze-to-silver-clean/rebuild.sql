-- The full rebuild: the bronze records the scenario started with plus every file landed so far.
WITH bronze AS (
  SELECT raw_id, order_id, amount, ingested_at FROM bronze_orders
  UNION ALL
  SELECT a.raw_id, a.order_id, a.amount, a.ingested_at
  FROM all_landing_orders AS a
  WHERE a.raw_id NOT IN (SELECT raw_id FROM bronze_orders)
    AND a.batch_no = (SELECT MIN(b.batch_no) FROM all_landing_orders AS b WHERE b.raw_id = a.raw_id)
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
