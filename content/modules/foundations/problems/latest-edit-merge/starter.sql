-- Merge the batch in customer_edits into customers.
-- A first try: apply every edit as it comes. What goes wrong when a customer has two edits?
INSERT INTO customers (customer_id, phone, email, updated_at, last_edit_id)
SELECT customer_id, phone, email, edited_at, edit_id
FROM customer_edits
WHERE true
ON CONFLICT (customer_id) DO UPDATE SET
  phone        = excluded.phone,
  email        = excluded.email,
  updated_at   = excluded.updated_at,
  last_edit_id = excluded.last_edit_id;
