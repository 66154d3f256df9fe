-- Keeps only the line rows: orders whose lines have not arrived (header only) vanish.
SELECT customer_id, COUNT(DISTINCT order_id), SUM(amount_cents)
FROM fact_orders_mixed WHERE line_number IS NOT NULL GROUP BY customer_id;
