-- Alternative: one row per order and view ('then' / 'now') with UNION ALL, the current segment
-- found by a correlated scalar subquery, then a pivot with conditional sums.
WITH tagged AS (
  SELECT 'then' AS view, v.segment, f.amount_cents
  FROM fact_orders f JOIN dim_customer v ON v.customer_sk = f.customer_sk
  UNION ALL
  SELECT 'now',
         (SELECT c.segment FROM dim_customer c
           WHERE c.customer_id = (SELECT v.customer_id FROM dim_customer v WHERE v.customer_sk = f.customer_sk)
             AND c.is_current = 1),
         f.amount_cents
  FROM fact_orders f
)
SELECT segment,
       SUM(CASE WHEN view = 'then' THEN amount_cents ELSE 0 END) AS revenue_then_cents,
       SUM(CASE WHEN view = 'now'  THEN amount_cents ELSE 0 END) AS revenue_now_cents
FROM tagged
GROUP BY segment;
