-- Mistake: a LEFT JOIN from yesterday's snapshot sees updates and deletes, but never the
-- customers that exist only today.
SELECT p.customer_id,
       CASE WHEN c.customer_id IS NULL THEN 'deleted' ELSE 'updated' END AS change
FROM snapshot_prev AS p
LEFT JOIN snapshot_curr AS c ON c.customer_id = p.customer_id
WHERE c.customer_id IS NULL
   OR c.email IS NOT p.email
   OR c.tier IS NOT p.tier
ORDER BY 1;
