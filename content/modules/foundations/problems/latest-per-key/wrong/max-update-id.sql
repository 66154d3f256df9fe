-- Mistake: treats the greatest update_id as the latest edit, but update_id is write order, not
-- time order: an edit uploaded late has a greater id and an earlier updated_at.
SELECT u.customer_id, u.email, u.phone, u.updated_at
FROM customer_updates AS u
WHERE u.update_id = (SELECT MAX(v.update_id) FROM customer_updates AS v
                     WHERE v.customer_id = u.customer_id);
