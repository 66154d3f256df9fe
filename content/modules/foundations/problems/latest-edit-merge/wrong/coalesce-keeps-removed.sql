-- Mistake: COALESCE treats a removed field (NULL) as "unchanged", so a customer who deleted
-- their phone number keeps the old one.
INSERT INTO customers (customer_id, phone, email, updated_at, last_edit_id)
SELECT customer_id, phone, email, edited_at, edit_id
FROM (
  SELECT customer_id, phone, email, edited_at, edit_id,
         ROW_NUMBER() OVER (PARTITION BY customer_id
                            ORDER BY edited_at DESC, edit_id DESC) AS rn
  FROM customer_edits
)
WHERE rn = 1
ON CONFLICT (customer_id) DO UPDATE SET
  phone        = COALESCE(excluded.phone, customers.phone),
  email        = COALESCE(excluded.email, customers.email),
  updated_at   = excluded.updated_at,
  last_edit_id = excluded.last_edit_id
WHERE (excluded.updated_at, excluded.last_edit_id)
    > (customers.updated_at, customers.last_edit_id);
