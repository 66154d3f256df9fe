-- Customers who have never placed an order.
-- Columns: customer_id, name
-- (orders.customer_id is NULL for guest checkouts.)
SELECT customer_id, name
FROM customers;
