-- Alternative: keep a row when no other row of the same customer beats it on
-- (updated_at, update_id). No window function.
SELECT u.customer_id, u.email, u.phone, u.updated_at
FROM customer_updates AS u
WHERE NOT EXISTS (
  SELECT 1 FROM customer_updates AS v
  WHERE v.customer_id = u.customer_id
    AND (v.updated_at > u.updated_at
         OR (v.updated_at = u.updated_at AND v.update_id > u.update_id))
);
