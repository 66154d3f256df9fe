-- Runs the window over the raw orders with a ROWS frame and tries to collapse the result with
-- DISTINCT. Each order on a busy day gets its own partial running total, so the rows differ and
-- the date appears once per order.
SELECT DISTINCT order_date,
       SUM(amount_cents) OVER (PARTITION BY order_date) AS day_total_cents,
       SUM(amount_cents) OVER (ORDER BY order_date ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS running_total_cents
FROM orders
ORDER BY order_date;
