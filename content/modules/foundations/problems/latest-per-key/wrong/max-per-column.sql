-- Takes MAX of every column separately: mixes values from different rows and turns a NULL in the
-- latest row into an older non-NULL value.
SELECT customer_id, MAX(email), MAX(phone), MAX(updated_at)
FROM customer_updates
GROUP BY customer_id;
