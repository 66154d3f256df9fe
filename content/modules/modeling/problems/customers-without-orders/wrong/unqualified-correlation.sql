-- The inner `customer_id` is not qualified, so it resolves to orders.customer_id, not to the
-- outer customer: the subquery tests `o.customer_id = o.customer_id`, which is true for any
-- registered order. NOT EXISTS is then false for everyone once a single registered order exists.
SELECT customer_id, name
FROM customers
WHERE NOT EXISTS (
  SELECT 1 FROM orders AS o WHERE o.customer_id = customer_id
);
