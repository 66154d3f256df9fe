-- Aggregate to one row per date first; then run a window over those daily rows. The window's
-- SUM(SUM(...)) adds up the day totals in date order; with one row per date, ROWS and RANGE agree.
SELECT order_date,
       SUM(amount_cents) AS day_total_cents,
       SUM(SUM(amount_cents)) OVER (
         ORDER BY order_date
         ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
       ) AS running_total_cents
FROM orders
GROUP BY order_date
ORDER BY order_date;
