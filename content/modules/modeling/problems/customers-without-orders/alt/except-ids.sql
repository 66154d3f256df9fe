-- Set difference on ids, then back to the names: every customer id minus the ids that appear on
-- an order. EXCEPT compares NULLs as equal, but no customer id is NULL, so guest orders drop out.
SELECT c.customer_id, c.name
FROM customers AS c
WHERE c.customer_id IN (
  SELECT customer_id FROM customers
  EXCEPT
  SELECT customer_id FROM orders
);
