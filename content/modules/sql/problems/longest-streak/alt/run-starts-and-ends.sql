-- No window functions: a run starts on a login day whose previous day has no login, and ends at
-- the first day from there whose next day has no login. The longest run per user is the one no
-- other run beats (longer, or as long and earlier).
WITH days AS (
  SELECT DISTINCT user_id, date(login_at) AS day
  FROM logins
),
runs AS (
  SELECT s.user_id,
         s.day AS streak_start,
         CAST(ROUND(julianday((
           SELECT MIN(e.day)
           FROM days AS e
           WHERE e.user_id = s.user_id
             AND e.day >= s.day
             AND NOT EXISTS (SELECT 1 FROM days AS n WHERE n.user_id = e.user_id AND n.day = date(e.day, '+1 day'))
         )) - julianday(s.day)) AS INTEGER) + 1 AS streak_days
  FROM days AS s
  WHERE NOT EXISTS (SELECT 1 FROM days AS p WHERE p.user_id = s.user_id AND p.day = date(s.day, '-1 day'))
)
SELECT r.user_id, r.streak_days, r.streak_start
FROM runs AS r
WHERE NOT EXISTS (
  SELECT 1
  FROM runs AS b
  WHERE b.user_id = r.user_id
    AND (b.streak_days > r.streak_days
         OR (b.streak_days = r.streak_days AND b.streak_start < r.streak_start))
);
