-- Gap rule only: flag-and-running-sum sessions with no cap, so a user who never pauses for gap_s
-- stays in one session however long it runs.
WITH p AS (SELECT gap_s FROM params),
flagged AS (
  SELECT user_id, event_ts,
         CASE WHEN LAG(event_ts) OVER w IS NULL THEN 'first'
              WHEN unixepoch(event_ts) - unixepoch(LAG(event_ts) OVER w) >= (SELECT gap_s FROM p) THEN 'gap'
         END AS started_by
  FROM events
  WINDOW w AS (PARTITION BY user_id ORDER BY event_ts)
),
numbered AS (
  SELECT user_id, event_ts, started_by,
         COUNT(started_by) OVER (PARTITION BY user_id ORDER BY event_ts) AS session_no
  FROM flagged
)
SELECT user_id, session_no, MIN(event_ts) AS session_start, MAX(event_ts) AS last_event_ts,
       COUNT(*) AS events, MIN(started_by) AS started_by
FROM numbered
GROUP BY user_id, session_no
ORDER BY user_id, session_no;
