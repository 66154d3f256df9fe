-- Groups by name instead of by customer: namesakes are merged (one with orders hides the other),
-- and all NULL-named customers collapse into one group.
SELECT MIN(c.customer_id) AS customer_id, c.name
FROM customers AS c
LEFT JOIN orders AS o ON o.customer_id = c.customer_id
GROUP BY c.name
HAVING COUNT(o.order_id) = 0;
