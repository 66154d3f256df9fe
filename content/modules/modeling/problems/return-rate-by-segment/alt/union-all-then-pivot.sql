-- Alternative: stack both facts into one stream of (segment, kind, amount) rows with UNION ALL,
-- then pivot with conditional aggregation. No join between the facts, so nothing can fan out.
WITH events AS (
  SELECT c.segment, 'order' AS kind, f.amount_cents AS cents
  FROM fact_orders f JOIN dim_customer c ON c.customer_key = f.customer_key
  UNION ALL
  SELECT c.segment, 'return', f.refund_cents
  FROM fact_returns f JOIN dim_customer c ON c.customer_key = f.customer_key
)
SELECT segment,
       SUM(kind = 'order')                                  AS orders,
       COALESCE(SUM(CASE WHEN kind = 'order' THEN cents END), 0) AS order_cents,
       SUM(kind = 'return')                                 AS returns,
       COALESCE(SUM(CASE WHEN kind = 'return' THEN cents END), 0) AS refund_cents,
       CASE WHEN SUM(kind = 'order') = 0 THEN NULL
            ELSE ROUND(CAST(SUM(kind = 'return') AS REAL) / SUM(kind = 'order'), 4) END AS return_rate
FROM events
GROUP BY segment;
