-- Two stages instead of one walk over events. The gap rule does not depend on the cap, so the
-- gap-starts are found first with NOT EXISTS (no event of the user in the gap_s seconds before).
-- Inside each gap-island the cap then cuts greedily: a recursive CTE jumps from one session start
-- to the first event more than max_s later that is still before the next island. Each event then
-- takes the latest start at or before it.
WITH RECURSIVE
p AS (SELECT gap_s, max_s FROM params),
ev AS (SELECT user_id, event_ts, unixepoch(event_ts) AS t FROM events),
islands AS (
  SELECT e.user_id, e.t,
         CASE WHEN EXISTS (SELECT 1 FROM ev AS x WHERE x.user_id = e.user_id AND x.t < e.t)
              THEN 'gap' ELSE 'first' END AS kind,
         (SELECT MIN(y.t) FROM ev AS y
           WHERE y.user_id = e.user_id AND y.t > e.t
             AND NOT EXISTS (SELECT 1 FROM ev AS z
                              WHERE z.user_id = y.user_id AND z.t < y.t
                                AND z.t > y.t - (SELECT gap_s FROM p))) AS next_island
  FROM ev AS e
  WHERE NOT EXISTS (SELECT 1 FROM ev AS x
                     WHERE x.user_id = e.user_id AND x.t < e.t
                       AND x.t > e.t - (SELECT gap_s FROM p))
),
starts(user_id, t, kind, next_island) AS (
  SELECT user_id, t, kind, next_island FROM islands
  UNION ALL
  SELECT s.user_id,
         (SELECT MIN(y.t) FROM ev AS y
           WHERE y.user_id = s.user_id AND y.t > s.t + (SELECT max_s FROM p)
             AND (s.next_island IS NULL OR y.t < s.next_island)),
         'cap', s.next_island
  FROM starts AS s
  WHERE EXISTS (SELECT 1 FROM ev AS y
                 WHERE y.user_id = s.user_id AND y.t > s.t + (SELECT max_s FROM p)
                   AND (s.next_island IS NULL OR y.t < s.next_island))
),
assigned AS (
  SELECT e.user_id, e.event_ts,
         (SELECT MAX(s.t) FROM starts AS s WHERE s.user_id = e.user_id AND s.t <= e.t) AS st
  FROM ev AS e
)
SELECT a.user_id,
       (SELECT COUNT(*) FROM starts AS s WHERE s.user_id = a.user_id AND s.t <= a.st) AS session_no,
       MIN(a.event_ts) AS session_start,
       MAX(a.event_ts) AS last_event_ts,
       COUNT(*)        AS events,
       (SELECT s.kind FROM starts AS s WHERE s.user_id = a.user_id AND s.t = a.st) AS started_by
FROM assigned AS a
GROUP BY a.user_id, a.st
ORDER BY a.user_id, session_no;
