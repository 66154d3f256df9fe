-- Finds session starts with NOT EXISTS (no event of the same user in the gap_s seconds before),
-- assigns each event the latest start at or before it with a correlated subquery, and derives the
-- watermark in a scalar CTE. No window functions.
WITH p AS (SELECT gap_s, delay_s FROM params),
wm AS (SELECT MAX(unixepoch(event_ts)) - (SELECT delay_s FROM p) AS w FROM events),
starts AS (
  SELECT DISTINCT e.user_id, unixepoch(e.event_ts) AS st
  FROM events AS e
  WHERE NOT EXISTS (
    SELECT 1 FROM events AS x
    WHERE x.user_id = e.user_id
      AND unixepoch(x.event_ts) < unixepoch(e.event_ts)
      AND unixepoch(x.event_ts) > unixepoch(e.event_ts) - (SELECT gap_s FROM p))
),
assigned AS (
  SELECT e.user_id, unixepoch(e.event_ts) AS t,
         (SELECT MAX(s.st) FROM starts AS s
           WHERE s.user_id = e.user_id AND s.st <= unixepoch(e.event_ts)) AS st
  FROM events AS e
)
SELECT a.user_id,
       datetime(a.st, 'unixepoch')                              AS session_start,
       datetime(MAX(a.t) + (SELECT gap_s FROM p), 'unixepoch') AS session_end,
       COUNT(*)                                                 AS events,
       CASE WHEN (SELECT w FROM wm) >= MAX(a.t) + (SELECT gap_s FROM p) THEN 'CLOSED' ELSE 'OPEN' END AS status
FROM assigned AS a
GROUP BY a.user_id, a.st
ORDER BY a.user_id, session_start;
