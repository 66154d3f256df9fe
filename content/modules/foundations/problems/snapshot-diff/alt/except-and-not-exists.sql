-- Alternative without a join: set differences. A row of today's snapshot that is not identical
-- to any row of yesterday's (EXCEPT compares NULLs as equal) is inserted or updated; a key of
-- yesterday's that is gone today is deleted.
SELECT customer_id,
       CASE WHEN customer_id IN (SELECT customer_id FROM snapshot_prev) THEN 'updated'
            ELSE 'inserted' END AS change
FROM (SELECT customer_id, email, tier FROM snapshot_curr
      EXCEPT
      SELECT customer_id, email, tier FROM snapshot_prev)
UNION ALL
SELECT p.customer_id, 'deleted'
FROM snapshot_prev AS p
WHERE NOT EXISTS (SELECT 1 FROM snapshot_curr AS c WHERE c.customer_id = p.customer_id)
ORDER BY 1;
