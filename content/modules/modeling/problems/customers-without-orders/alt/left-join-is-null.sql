-- Outer join, then keep the customers the join found no partner for. The test is on the
-- order's primary key (never NULL in a real row), so a NULL can only mean "no order matched".
SELECT c.customer_id, c.name
FROM customers AS c
LEFT JOIN orders AS o ON o.customer_id = c.customer_id
WHERE o.order_id IS NULL;
