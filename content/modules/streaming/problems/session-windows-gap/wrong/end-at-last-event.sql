-- Ends the session at its last event instead of last event + gap_s: the end is too early, and a
-- session is reported closed while one more event could still extend it.
-- Flag session starts per user (first event, or a pause of gap_s or more), number the sessions with
-- a running sum, then compare each session's end with the stream-wide watermark.
WITH p AS (SELECT gap_s, delay_s FROM params),
flagged AS (
  SELECT e.user_id, e.event_ts, unixepoch(e.event_ts) AS t,
         CASE WHEN unixepoch(e.event_ts)
                   - LAG(unixepoch(e.event_ts)) OVER (PARTITION BY e.user_id ORDER BY e.event_ts)
                   < (SELECT gap_s FROM p)
              THEN 0 ELSE 1 END AS is_start
  FROM events AS e
),
numbered AS (
  SELECT user_id, event_ts, t,
         -- default RANGE frame: events in the same second get the same number
         SUM(is_start) OVER (PARTITION BY user_id ORDER BY t) AS session_no
  FROM flagged
),
sessions AS (
  SELECT user_id, MIN(event_ts) AS session_start, MAX(t) AS end_s,
         COUNT(*) AS events
  FROM numbered
  GROUP BY user_id, session_no
)
SELECT s.user_id, s.session_start, datetime(s.end_s, 'unixepoch') AS session_end, s.events,
       CASE WHEN (SELECT MAX(unixepoch(event_ts)) FROM events) - (SELECT delay_s FROM p) >= s.end_s
            THEN 'CLOSED' ELSE 'OPEN' END AS status
FROM sessions AS s
ORDER BY s.user_id, s.session_start;
