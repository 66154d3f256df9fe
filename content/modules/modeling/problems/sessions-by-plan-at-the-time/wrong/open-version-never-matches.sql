-- Compares with valid_to without handling NULL: started_at < NULL is never true, so the current
-- version never matches and every recent session falls into 'UNKNOWN'.
SELECT CASE WHEN d.subscriber_sk IS NULL THEN 'UNKNOWN' WHEN d.plan IS NULL THEN 'NONE' ELSE d.plan END AS plan,
       COUNT(*) AS sessions, SUM(f.watch_ms) AS watch_ms
FROM fact_sessions f
LEFT JOIN dim_subscriber d ON d.subscriber_id = f.subscriber_id
 AND d.valid_from <= f.started_at AND f.started_at < d.valid_to
GROUP BY 1;
