-- Joins on the current version (is_current = 1): every session is credited to today's plan, so a
-- subscriber's sessions before an upgrade move to the new plan.
SELECT CASE WHEN d.subscriber_sk IS NULL THEN 'UNKNOWN' WHEN d.plan IS NULL THEN 'NONE' ELSE d.plan END AS plan,
       COUNT(*) AS sessions, SUM(f.watch_ms) AS watch_ms
FROM fact_sessions f
LEFT JOIN dim_subscriber d ON d.subscriber_id = f.subscriber_id AND d.is_current = 1
GROUP BY 1;
