-- An inner join drops the sessions with no valid version (before the first version, after a
-- deletion, or an unknown subscriber) instead of counting them under 'UNKNOWN'.
SELECT COALESCE(d.plan, 'NONE') AS plan, COUNT(*) AS sessions, SUM(f.watch_ms) AS watch_ms
FROM fact_sessions f
JOIN dim_subscriber d ON d.subscriber_id = f.subscriber_id
 AND d.valid_from <= f.started_at AND (d.valid_to IS NULL OR f.started_at < d.valid_to)
GROUP BY 1;
