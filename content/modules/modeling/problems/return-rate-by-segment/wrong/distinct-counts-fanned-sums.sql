-- Repairs the counts of the fanned-out join with COUNT(DISTINCT ...) but not the sums, and uses
-- SUM(DISTINCT ...) where it tries: equal amounts on different orders collapse.
SELECT c.segment, COUNT(DISTINCT o.order_id) AS orders, COALESCE(SUM(DISTINCT o.amount_cents), 0) AS order_cents,
       COUNT(DISTINCT r.return_id) AS returns, COALESCE(SUM(r.refund_cents), 0) AS refund_cents,
       ROUND(COUNT(DISTINCT r.return_id) * 1.0 / NULLIF(COUNT(DISTINCT o.order_id), 0), 4) AS return_rate
FROM dim_customer c
LEFT JOIN fact_orders o ON o.customer_key = c.customer_key
LEFT JOIN fact_returns r ON r.customer_key = c.customer_key
WHERE o.order_id IS NOT NULL OR r.return_id IS NOT NULL
GROUP BY c.segment;
