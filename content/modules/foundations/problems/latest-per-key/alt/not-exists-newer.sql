-- Anti-join, no window function: an update is the latest when no other update of the same
-- customer is later (a later timestamp, or the same timestamp and a greater update_id).
SELECT u.customer_id, u.email, u.phone, u.updated_at
FROM customer_updates AS u
WHERE NOT EXISTS (
  SELECT 1
  FROM customer_updates AS newer
  WHERE newer.customer_id = u.customer_id
    AND (newer.updated_at > u.updated_at
         OR (newer.updated_at = u.updated_at AND newer.update_id > u.update_id))
);
