-- COALESCE(d.plan, 'UNKNOWN') cannot tell "no version" from "a version with no plan": the NULL-plan
-- sessions land in 'UNKNOWN' instead of 'NONE'.
SELECT COALESCE(d.plan, 'UNKNOWN') AS plan, COUNT(*) AS sessions, SUM(f.watch_ms) AS watch_ms
FROM fact_sessions f
LEFT JOIN dim_subscriber d ON d.subscriber_id = f.subscriber_id
 AND d.valid_from <= f.started_at AND (d.valid_to IS NULL OR f.started_at < d.valid_to)
GROUP BY 1;
