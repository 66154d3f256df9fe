-- Drops customers whose name is NULL: `name <> ''` (meant to skip blank names) is unknown for a
-- NULL name, so those rows are filtered out even though the customer has no orders.
SELECT c.customer_id, c.name
FROM customers AS c
LEFT JOIN orders AS o ON o.customer_id = c.customer_id
WHERE o.order_id IS NULL AND c.name <> '';
