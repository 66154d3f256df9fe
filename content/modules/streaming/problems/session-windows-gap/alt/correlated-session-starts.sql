-- Session starts found without window functions: an event time with no earlier event of the user
-- less than gap_s before it starts a session; each event belongs to the latest start at or before it.
WITH starts AS (
  SELECT DISTINCT e.user_id, e.event_ts AS start_ts
  FROM events e, params p
  WHERE NOT EXISTS (
    SELECT 1 FROM events x
    WHERE x.user_id = e.user_id AND x.event_ts < e.event_ts
      AND unixepoch(e.event_ts) - unixepoch(x.event_ts) < p.gap_s)
),
tagged AS (
  SELECT e.user_id, e.event_ts,
    (SELECT MAX(s.start_ts) FROM starts s WHERE s.user_id = e.user_id AND s.start_ts <= e.event_ts) AS start_ts
  FROM events e
),
sessions AS (
  SELECT user_id, start_ts, MAX(event_ts) AS last_ts, COUNT(*) AS n FROM tagged GROUP BY user_id, start_ts
)
SELECT s.user_id, s.start_ts AS session_start,
  datetime(unixepoch(s.last_ts) + p.gap_s, 'unixepoch') AS session_end,
  s.n AS events,
  CASE WHEN (SELECT unixepoch(MAX(event_ts)) FROM events) - p.delay_s >= unixepoch(s.last_ts) + p.gap_s THEN 'CLOSED' ELSE 'OPEN' END AS status
FROM sessions s, params p
ORDER BY s.user_id, s.start_ts;
