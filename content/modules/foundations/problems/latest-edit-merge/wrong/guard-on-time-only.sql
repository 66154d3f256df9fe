-- Mistake: the staleness guard compares times only, so a newer edit with the same edited_at
-- (greater edit_id) arriving in a later batch is refused.
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
  phone        = excluded.phone,
  email        = excluded.email,
  updated_at   = excluded.updated_at,
  last_edit_id = excluded.last_edit_id
WHERE excluded.updated_at
    > customers.updated_at;
