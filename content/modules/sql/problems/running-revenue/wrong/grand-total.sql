-- Leaves ORDER BY out of the window: OVER () is the whole result, so every row shows the grand
-- total instead of the total so far.
SELECT order_date,
       SUM(amount_cents) AS day_total_cents,
       SUM(SUM(amount_cents)) OVER () AS running_total_cents
FROM orders
GROUP BY order_date
ORDER BY order_date;
