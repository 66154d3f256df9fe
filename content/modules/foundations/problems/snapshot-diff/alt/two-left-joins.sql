-- Alternative in the pre-3.39 style: a LEFT JOIN each way glued with UNION ALL, comparing with IS.
SELECT p.customer_id, CASE WHEN c.customer_id IS NULL THEN 'deleted' ELSE 'updated' END
FROM snapshot_prev p LEFT JOIN snapshot_curr c USING (customer_id)
WHERE c.customer_id IS NULL OR NOT (c.email IS p.email AND c.tier IS p.tier)
UNION ALL
SELECT c.customer_id, 'inserted' FROM snapshot_curr c LEFT JOIN snapshot_prev p USING (customer_id)
WHERE p.customer_id IS NULL
ORDER BY 1;
