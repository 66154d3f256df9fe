-- Mistake: lower-cases the values before comparing, so a change of case only is not reported,
-- although the stored value changed.
SELECT COALESCE(c.customer_id, p.customer_id) AS customer_id,
       CASE WHEN p.customer_id IS NULL THEN 'inserted'
            WHEN c.customer_id IS NULL THEN 'deleted'
            ELSE 'updated'
       END AS change
FROM snapshot_prev AS p
FULL OUTER JOIN snapshot_curr AS c ON c.customer_id = p.customer_id
WHERE p.customer_id IS NULL
   OR c.customer_id IS NULL
   OR lower(c.email) IS NOT lower(p.email)
   OR lower(c.tier) IS NOT lower(p.tier)
ORDER BY 1;
