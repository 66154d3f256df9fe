-- No window: each order date adds up, with a correlated subquery, every order placed on or
-- before it.
SELECT d.order_date,
       SUM(d.amount_cents) AS day_total_cents,
       (SELECT SUM(o.amount_cents) FROM orders AS o WHERE o.order_date <= d.order_date) AS running_total_cents
FROM orders AS d
GROUP BY d.order_date
ORDER BY d.order_date;
