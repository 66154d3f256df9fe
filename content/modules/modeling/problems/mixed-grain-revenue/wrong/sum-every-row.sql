-- Adds every row: an order with a header and lines is counted twice, once at each grain.
SELECT customer_id, COUNT(DISTINCT order_id), SUM(amount_cents)
FROM fact_orders_mixed GROUP BY customer_id;
