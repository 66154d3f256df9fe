-- First bring every order to one row: the sum of its lines when it has any (COUNT(line_number)
-- counts only line rows), otherwise its header's amount. Then add orders up per customer.
WITH per_order AS (
  SELECT order_id,
         MIN(customer_id) AS customer_id,
         CASE WHEN COUNT(line_number) > 0
              THEN SUM(CASE WHEN line_number IS NOT NULL THEN amount_cents END)
              ELSE SUM(amount_cents)
         END AS revenue_cents
  FROM fact_orders_mixed
  GROUP BY order_id
)
SELECT customer_id, COUNT(*) AS orders, SUM(revenue_cents) AS revenue_cents
FROM per_order
GROUP BY customer_id;
