-- Per customer: orders (each counted once) and revenue (an order's lines if it has any, else its header).
-- Columns: customer_id, orders, revenue_cents
SELECT customer_id, COUNT(*) AS orders, SUM(amount_cents) AS revenue_cents
FROM fact_orders_mixed
GROUP BY customer_id;
