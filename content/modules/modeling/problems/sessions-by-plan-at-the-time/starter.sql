-- Sessions and watch time per plan, each session attributed to its subscriber's version valid at
-- started_at; 'UNKNOWN' when none is valid, 'NONE' when that version's plan is NULL.
-- Columns: plan, sessions, watch_ms
SELECT 'UNKNOWN' AS plan, COUNT(*) AS sessions, SUM(watch_ms) AS watch_ms
FROM fact_sessions;
