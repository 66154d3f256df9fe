WITH days AS (
  -- One row per user and calendar day, however many logins that day had.
  SELECT DISTINCT user_id, date(login_at) AS day
  FROM logins
),
islands AS (
  -- Within a run of consecutive days, day minus its position is the same date.
  SELECT user_id, day,
         date(day, '-' || ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY day) || ' days') AS island
  FROM days
),
runs AS (
  SELECT user_id, MIN(day) AS streak_start, COUNT(*) AS streak_days
  FROM islands
  GROUP BY user_id, island
),
ranked AS (
  SELECT user_id, streak_days, streak_start,
         ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY streak_days DESC, streak_start ASC) AS pick
  FROM runs
)
SELECT user_id, streak_days, streak_start
FROM ranked
WHERE pick = 1;
