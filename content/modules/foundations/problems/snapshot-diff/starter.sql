SELECT c.customer_id, 'updated' AS change
FROM snapshot_curr AS c
JOIN snapshot_prev AS p ON p.customer_id = c.customer_id
ORDER BY c.customer_id;
