-- Picks the latest version that started before the session but never checks its end: a deleted
-- subscriber's session after the closing date is credited to their last plan, not 'UNKNOWN'.
SELECT COALESCE((SELECT COALESCE(d.plan, 'NONE') FROM dim_subscriber d
                  WHERE d.subscriber_id = f.subscriber_id AND d.valid_from <= f.started_at
                  ORDER BY d.valid_from DESC LIMIT 1), 'UNKNOWN') AS plan,
       COUNT(*) AS sessions, SUM(f.watch_ms) AS watch_ms
FROM fact_sessions f
GROUP BY 1;
