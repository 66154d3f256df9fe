-- Walks the calendar one day at a time with a recursive CTE, adding the next day's total to the
-- running total. The walk stops at the first date without orders, so every later date is missing.
WITH RECURSIVE daily AS (
  SELECT order_date, SUM(amount_cents) AS total FROM orders GROUP BY order_date
),
walk(order_date, day_total_cents, running_total_cents) AS (
  SELECT order_date, total, total FROM daily
  WHERE order_date = (SELECT MIN(order_date) FROM daily)
  UNION ALL
  SELECT d.order_date, d.total, w.running_total_cents + d.total
  FROM walk w JOIN daily d ON d.order_date = date(w.order_date, '+1 day')
)
SELECT order_date, day_total_cents, running_total_cents FROM walk ORDER BY order_date;
