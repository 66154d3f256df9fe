-- Anti-join with NOT EXISTS: a customer is kept when no order row points at it. A guest order
-- (NULL customer_id) never matches, so it neither keeps nor removes anyone.
SELECT c.customer_id, c.name
FROM customers AS c
WHERE NOT EXISTS (
  SELECT 1
  FROM orders AS o
  WHERE o.customer_id = c.customer_id
);
