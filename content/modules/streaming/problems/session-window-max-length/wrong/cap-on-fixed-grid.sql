-- Cuts long sessions on a fixed grid of max_s seconds counted from the start of the gap-island
-- (integer division), instead of from each session's own start: once one cut falls between two
-- events, every later cut is in the wrong place.
WITH p AS (SELECT gap_s, max_s FROM params),
flagged AS (
  SELECT user_id, event_ts, unixepoch(event_ts) AS t,
         CASE WHEN LAG(event_ts) OVER w IS NULL
                OR unixepoch(event_ts) - unixepoch(LAG(event_ts) OVER w) >= (SELECT gap_s FROM p)
              THEN 1 ELSE 0 END AS is_gap_start,
         CASE WHEN LAG(event_ts) OVER w IS NULL THEN 'first' ELSE 'gap' END AS kind
  FROM events
  WINDOW w AS (PARTITION BY user_id ORDER BY event_ts)
),
islands AS (
  SELECT *, SUM(is_gap_start) OVER (PARTITION BY user_id ORDER BY t) AS island FROM flagged
),
gridded AS (
  SELECT *, (t - MIN(t) OVER (PARTITION BY user_id, island)) / ((SELECT max_s FROM p) + 1) AS slot
  FROM islands
),
sessions AS (
  SELECT user_id, island, slot, MIN(event_ts) AS session_start, MAX(event_ts) AS last_event_ts,
         COUNT(*) AS events,
         CASE WHEN slot = 0 THEN MAX(CASE WHEN is_gap_start = 1 THEN kind END) ELSE 'cap' END AS started_by
  FROM gridded
  GROUP BY user_id, island, slot
)
SELECT user_id, ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY session_start) AS session_no,
       session_start, last_event_ts, events, started_by
FROM sessions
ORDER BY user_id, session_no;
