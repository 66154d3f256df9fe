-- RANK() gives every row tied on the latest updated_at a 1, so customers with a timestamp tie
-- come back twice.
WITH ranked AS (
  SELECT customer_id, email, phone, updated_at,
         RANK() OVER (PARTITION BY customer_id ORDER BY updated_at DESC) AS rk
  FROM customer_updates
)
SELECT customer_id, email, phone, updated_at FROM ranked WHERE rk = 1;
