-- One row per session: user_id, session_no, session_start, last_event_ts, events, started_by,
-- ordered by user_id, session_no. This starter puts all of a user's events in one session.
SELECT user_id,
       1             AS session_no,
       MIN(event_ts) AS session_start,
       MAX(event_ts) AS last_event_ts,
       COUNT(*)      AS events,
       'first'       AS started_by
FROM events
GROUP BY user_id
ORDER BY user_id, session_no;
