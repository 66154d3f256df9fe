-- No window functions: a click starts a session when the same user has no earlier click within
-- the 30 minutes before it. Every click then belongs to the latest session start at or before it.
WITH starts AS (
  SELECT DISTINCT c.user_id, c.ts AS session_start
  FROM clicks AS c
  WHERE NOT EXISTS (
    SELECT 1
    FROM clicks AS p
    WHERE p.user_id = c.user_id
      AND unixepoch(p.ts) < unixepoch(c.ts)
      AND unixepoch(c.ts) - unixepoch(p.ts) <= 1800
  )
),
assigned AS (
  SELECT c.user_id,
         c.ts,
         (SELECT MAX(s.session_start)
          FROM starts AS s
          WHERE s.user_id = c.user_id AND unixepoch(s.session_start) <= unixepoch(c.ts)) AS session_start
  FROM clicks AS c
)
SELECT user_id, session_start, MAX(ts) AS session_end, COUNT(*) AS clicks
FROM assigned
GROUP BY user_id, session_start;
