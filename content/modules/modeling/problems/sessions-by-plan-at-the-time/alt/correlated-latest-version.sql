-- Alternative: for each session find the latest version that started at or before it (correlated
-- subquery), then decide whether that version still covered the session (open, or ending later).
-- No far-future sentinel for the open end: a session could start at exactly that time.
WITH picked AS (
  SELECT f.session_id, f.started_at, f.watch_ms,
         (SELECT d.subscriber_sk FROM dim_subscriber d
           WHERE d.subscriber_id = f.subscriber_id AND d.valid_from <= f.started_at
           ORDER BY d.valid_from DESC LIMIT 1) AS sk
  FROM fact_sessions f
)
SELECT CASE
         WHEN d.subscriber_sk IS NULL OR d.valid_to <= p.started_at THEN 'UNKNOWN'  -- NULL valid_to: still open
         ELSE COALESCE(d.plan, 'NONE')
       END AS plan,
       COUNT(*) AS sessions, SUM(p.watch_ms) AS watch_ms
FROM picked p
LEFT JOIN dim_subscriber d ON d.subscriber_sk = p.sk
GROUP BY 1;
