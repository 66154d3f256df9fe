-- One row per date with orders, ordered by order_date:
-- Columns: order_date, day_total_cents, running_total_cents (all orders up to and including that date)
SELECT order_date,
       SUM(amount_cents) AS day_total_cents,
       SUM(amount_cents) AS running_total_cents
FROM orders
GROUP BY order_date
ORDER BY order_date;
