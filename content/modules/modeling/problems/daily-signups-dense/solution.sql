-- A recursive CTE generates the calendar from the first to the last signup day (nothing when the
-- table is empty: the seed row is filtered out when MIN is NULL). Signups are counted per day and
-- LEFT JOINed, so quiet days read 0; the running total is a window sum.
WITH RECURSIVE bounds AS (
  SELECT date(MIN(signed_up_at)) AS first_day, date(MAX(signed_up_at)) AS last_day FROM signups
),
calendar(day) AS (
  SELECT first_day FROM bounds WHERE first_day IS NOT NULL
  UNION ALL
  SELECT date(day, '+1 day') FROM calendar, bounds WHERE day < last_day
),
per_day AS (
  SELECT date(signed_up_at) AS day, COUNT(*) AS signups FROM signups GROUP BY date(signed_up_at)
)
SELECT c.day,
       COALESCE(p.signups, 0) AS signups,
       SUM(COALESCE(p.signups, 0)) OVER (ORDER BY c.day) AS cumulative_signups
FROM calendar AS c
LEFT JOIN per_day AS p ON p.day = c.day
ORDER BY c.day;
