-- Mistake: takes the greatest edit_id as the newest edit, but edit_id is arrival order: an edit
-- uploaded late has a greater id and an older edited_at.
INSERT INTO customers (customer_id, phone, email, updated_at, last_edit_id)
SELECT customer_id, phone, email, edited_at, edit_id
FROM (
  SELECT customer_id, phone, email, edited_at, edit_id,
         ROW_NUMBER() OVER (PARTITION BY customer_id
                            ORDER BY edit_id DESC) AS rn
  FROM customer_edits
)
WHERE rn = 1
ON CONFLICT (customer_id) DO UPDATE SET
  phone        = excluded.phone,
  email        = excluded.email,
  updated_at   = excluded.updated_at,
  last_edit_id = excluded.last_edit_id
WHERE excluded.last_edit_id
    > customers.last_edit_id;
