-- Computes a running total per order (ROWS frame), then groups by date and keeps the running value
-- as a bare column. That is the total after one arbitrary order of the day (here the first), not
-- after the whole day.
WITH per_order AS (
  SELECT order_date, amount_cents,
         SUM(amount_cents) OVER (ORDER BY order_date ROWS UNBOUNDED PRECEDING) AS running
  FROM orders
)
SELECT order_date, SUM(amount_cents), running
FROM per_order
GROUP BY order_date
ORDER BY order_date;
