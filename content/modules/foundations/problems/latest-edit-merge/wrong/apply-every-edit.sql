-- Mistake: no collapsing and no guard: SQLite applies the rows one after another, so the edit
-- scanned last wins, whatever its time — and a replayed old edit rolls the customer back.
INSERT INTO customers (customer_id, phone, email, updated_at, last_edit_id)
SELECT customer_id, phone, email, edited_at, edit_id
FROM customer_edits
WHERE true
ON CONFLICT (customer_id) DO UPDATE SET
  phone        = excluded.phone,
  email        = excluded.email,
  updated_at   = excluded.updated_at,
  last_edit_id = excluded.last_edit_id;
