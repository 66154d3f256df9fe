-- Keeps only the header rows: orders whose header has not arrived vanish, and a header that
-- includes a fee overrides the lines.
SELECT customer_id, COUNT(DISTINCT order_id), SUM(amount_cents)
FROM fact_orders_mixed WHERE line_number IS NULL GROUP BY customer_id;
