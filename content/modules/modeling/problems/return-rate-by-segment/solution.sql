-- Drill across: each fact is aggregated to the segment on its own, then the two small results are
-- combined on the conformed segment. The union of both sides' segments keeps one-sided segments.
WITH o AS (
  SELECT c.segment, COUNT(*) AS orders, SUM(f.amount_cents) AS order_cents
  FROM fact_orders f JOIN dim_customer c ON c.customer_key = f.customer_key
  GROUP BY c.segment
),
r AS (
  SELECT c.segment, COUNT(*) AS returns, SUM(f.refund_cents) AS refund_cents
  FROM fact_returns f JOIN dim_customer c ON c.customer_key = f.customer_key
  GROUP BY c.segment
),
segments AS (SELECT segment FROM o UNION SELECT segment FROM r)
SELECT s.segment,
       COALESCE(o.orders, 0)       AS orders,
       COALESCE(o.order_cents, 0)  AS order_cents,
       COALESCE(r.returns, 0)      AS returns,
       COALESCE(r.refund_cents, 0) AS refund_cents,
       ROUND(COALESCE(r.returns, 0) * 1.0 / o.orders, 4) AS return_rate
FROM segments s
LEFT JOIN o ON o.segment = s.segment
LEFT JOIN r ON r.segment = s.segment;
