-- NOT IN against a column that holds NULLs: `5 NOT IN (1, NULL)` is NULL (unknown), not true, so
-- as soon as one guest order exists the filter rejects every customer and the result is empty.
SELECT customer_id, name
FROM customers
WHERE customer_id NOT IN (SELECT customer_id FROM orders);
