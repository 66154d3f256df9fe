-- Mistake: treats NULL and the empty string as the same value, so an email going from NULL
-- to '' (or back) is missed.
SELECT COALESCE(c.customer_id, p.customer_id) AS customer_id,
       CASE WHEN p.customer_id IS NULL THEN 'inserted'
            WHEN c.customer_id IS NULL THEN 'deleted'
            ELSE 'updated'
       END AS change
FROM snapshot_prev AS p
FULL OUTER JOIN snapshot_curr AS c ON c.customer_id = p.customer_id
WHERE p.customer_id IS NULL
   OR c.customer_id IS NULL
   OR COALESCE(c.email, '') <> COALESCE(p.email, '')
   OR COALESCE(c.tier, '') <> COALESCE(p.tier, '')
ORDER BY 1;
