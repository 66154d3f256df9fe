-- Alternative without collapsing the batch: an UPDATE of known customers from the newest edit
-- found by a correlated NOT EXISTS, then an INSERT of customers not yet present.
UPDATE customers
SET (phone, email, updated_at, last_edit_id) = (
  SELECT e.phone, e.email, e.edited_at, e.edit_id
  FROM customer_edits AS e
  WHERE e.customer_id = customers.customer_id
    AND NOT EXISTS (SELECT 1 FROM customer_edits AS f
                    WHERE f.customer_id = e.customer_id
                      AND (f.edited_at > e.edited_at
                           OR (f.edited_at = e.edited_at AND f.edit_id > e.edit_id))))
WHERE EXISTS (
  SELECT 1 FROM customer_edits AS e
  WHERE e.customer_id = customers.customer_id
    AND (e.edited_at > customers.updated_at
         OR (e.edited_at = customers.updated_at AND e.edit_id > customers.last_edit_id)));

INSERT INTO customers (customer_id, phone, email, updated_at, last_edit_id)
SELECT e.customer_id, e.phone, e.email, e.edited_at, e.edit_id
FROM customer_edits AS e
WHERE NOT EXISTS (SELECT 1 FROM customers AS c WHERE c.customer_id = e.customer_id)
  AND NOT EXISTS (SELECT 1 FROM customer_edits AS f
                  WHERE f.customer_id = e.customer_id
                    AND (f.edited_at > e.edited_at
                         OR (f.edited_at = e.edited_at AND f.edit_id > e.edit_id)));
