-- Puts SUM(amount_cents) OVER (...) in the grouped query. After GROUP BY, amount_cents is a single
-- order's amount per date (SQLite lets the bare column through), so on a day with several orders
-- the running total adds only one of them.
SELECT order_date,
       SUM(amount_cents) AS day_total_cents,
       SUM(amount_cents) OVER (ORDER BY order_date) AS running_total_cents
FROM orders
GROUP BY order_date
ORDER BY order_date;
