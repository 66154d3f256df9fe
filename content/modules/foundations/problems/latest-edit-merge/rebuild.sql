-- The full rebuild: among the table's starting rows and every edit delivered so far, each
-- customer's newest by (time, id).
WITH candidates AS (
  SELECT customer_id, phone, email, updated_at, last_edit_id FROM customers
  UNION ALL
  SELECT customer_id, phone, email, edited_at, edit_id FROM all_customer_edits
),
ranked AS (
  SELECT *, ROW_NUMBER() OVER (PARTITION BY customer_id
                               ORDER BY updated_at DESC, last_edit_id DESC) AS rn
  FROM candidates
)
SELECT customer_id, phone, email, updated_at, last_edit_id FROM ranked WHERE rn = 1;
