-- One row per session: user_id, session_start, session_end, events, status
-- ordered by user_id, session_start.
SELECT user_id,
       MIN(event_ts) AS session_start,
       MAX(event_ts) AS session_end,
       COUNT(*)      AS events,
       'OPEN'        AS status
FROM events
GROUP BY user_id
ORDER BY user_id, session_start;
