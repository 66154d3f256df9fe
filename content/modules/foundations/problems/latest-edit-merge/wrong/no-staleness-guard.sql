-- Mistake: collapses the batch correctly but overwrites unconditionally, so a replayed or
-- late-arriving older edit rolls a customer back to an old profile.
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
  last_edit_id = excluded.last_edit_id;
