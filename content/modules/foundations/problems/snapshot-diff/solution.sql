SELECT COALESCE(c.customer_id, p.customer_id) AS customer_id,
       CASE WHEN p.customer_id IS NULL THEN 'inserted'
            WHEN c.customer_id IS NULL THEN 'deleted'
            ELSE 'updated'
       END AS change
FROM snapshot_prev AS p
FULL OUTER JOIN snapshot_curr AS c ON c.customer_id = p.customer_id
WHERE p.customer_id IS NULL
   OR c.customer_id IS NULL
   OR c.email IS NOT p.email
   OR c.tier IS NOT p.tier
ORDER BY 1;
