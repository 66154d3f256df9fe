-- Alternative: line rows as they are, plus the header rows of orders that have no line at all
-- (correlated NOT EXISTS), stacked with UNION ALL; orders counted with COUNT(DISTINCT).
SELECT customer_id, COUNT(DISTINCT order_id) AS orders, SUM(amount_cents) AS revenue_cents
FROM (
  SELECT customer_id, order_id, amount_cents FROM fact_orders_mixed WHERE line_number IS NOT NULL
  UNION ALL
  SELECT h.customer_id, h.order_id, h.amount_cents FROM fact_orders_mixed h
  WHERE h.line_number IS NULL
    AND NOT EXISTS (SELECT 1 FROM fact_orders_mixed l WHERE l.order_id = h.order_id AND l.line_number IS NOT NULL)
) AS counted
GROUP BY customer_id;
