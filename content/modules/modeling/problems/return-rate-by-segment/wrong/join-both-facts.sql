-- Joins both facts to the customer in one query and then aggregates: a customer with 2 orders and
-- 2 returns becomes 4 rows, so every count and sum of that segment is doubled.
SELECT c.segment, COUNT(o.order_id) AS orders, COALESCE(SUM(o.amount_cents), 0) AS order_cents,
       COUNT(r.return_id) AS returns, COALESCE(SUM(r.refund_cents), 0) AS refund_cents,
       ROUND(COUNT(r.return_id) * 1.0 / NULLIF(COUNT(o.order_id), 0), 4) AS return_rate
FROM dim_customer c
LEFT JOIN fact_orders o ON o.customer_key = c.customer_key
LEFT JOIN fact_returns r ON r.customer_key = c.customer_key
WHERE o.order_id IS NOT NULL OR r.return_id IS NOT NULL
GROUP BY c.segment;
