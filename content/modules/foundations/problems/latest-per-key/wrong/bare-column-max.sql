-- SQLite's bare-column quirk: with MAX(updated_at) the other columns come from a row holding the
-- max, but which of the tied rows is arbitrary (here: the first scanned), not the greater update_id.
SELECT customer_id, email, phone, MAX(updated_at) AS updated_at
FROM customer_updates
GROUP BY customer_id;
