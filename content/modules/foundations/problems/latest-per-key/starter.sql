-- Each customer's latest update (ties on updated_at: the greater update_id wins).
-- Columns: customer_id, email, phone, updated_at
SELECT customer_id, email, phone, updated_at
FROM customer_updates;
