-- Alternative: INSERT OR REPLACE of each customer's newest edit (correlated ORDER BY ... LIMIT 1),
-- skipped when the stored row is as new or newer.
INSERT OR REPLACE INTO customers (customer_id, phone, email, updated_at, last_edit_id)
SELECT e.customer_id, e.phone, e.email, e.edited_at, e.edit_id
FROM customer_edits e
WHERE e.edit_id = (SELECT f.edit_id FROM customer_edits f WHERE f.customer_id = e.customer_id
                   ORDER BY f.edited_at DESC, f.edit_id DESC LIMIT 1)
  AND NOT EXISTS (SELECT 1 FROM customers c WHERE c.customer_id = e.customer_id
                  AND (c.updated_at > e.edited_at OR (c.updated_at = e.edited_at AND c.last_edit_id >= e.edit_id)));
