-- Breaks timestamp ties by the smaller update_id: picks the older of two rows written together.
WITH ranked AS (
  SELECT customer_id, email, phone, updated_at,
         ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY updated_at DESC, update_id ASC) AS rn
  FROM customer_updates
)
SELECT customer_id, email, phone, updated_at FROM ranked WHERE rn = 1;
