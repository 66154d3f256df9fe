-- Uses BETWEEN valid_from AND valid_to (both ends inclusive): a session that starts exactly at a
-- change matches the old AND the new version and is counted twice.
SELECT CASE WHEN d.subscriber_sk IS NULL THEN 'UNKNOWN' WHEN d.plan IS NULL THEN 'NONE' ELSE d.plan END AS plan,
       COUNT(*) AS sessions, SUM(f.watch_ms) AS watch_ms
FROM fact_sessions f
LEFT JOIN dim_subscriber d ON d.subscriber_id = f.subscriber_id
 AND f.started_at BETWEEN d.valid_from AND COALESCE(d.valid_to, '9999-12-31 23:59:59')
GROUP BY 1;
