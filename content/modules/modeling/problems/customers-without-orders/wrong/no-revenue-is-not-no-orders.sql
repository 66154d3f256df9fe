-- Confuses "no revenue" with "no orders": a customer whose orders add up to 0 (a free order, or
-- a sale cancelled by a refund) has still placed orders and must not be listed.
SELECT c.customer_id, c.name
FROM customers AS c
LEFT JOIN orders AS o ON o.customer_id = c.customer_id
GROUP BY c.customer_id, c.name
HAVING COALESCE(SUM(o.amount_cents), 0) = 0;
