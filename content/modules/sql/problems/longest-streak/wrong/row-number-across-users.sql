-- Numbers the days with ROW_NUMBER() OVER (ORDER BY day), without PARTITION BY user_id. Other
-- users' days then take positions in the sequence, and a user's consecutive days no longer share
-- an island key.
WITH days AS (
  SELECT DISTINCT user_id, date(login_at) AS day FROM logins
),
islands AS (
  SELECT user_id, day,
         date(day, '-' || ROW_NUMBER() OVER (ORDER BY day, user_id) || ' days') AS island
  FROM days
),
runs AS (
  SELECT user_id, MIN(day) AS streak_start, COUNT(*) AS streak_days
  FROM islands
  GROUP BY user_id, island
),
ranked AS (
  SELECT user_id, streak_days, streak_start,
         ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY streak_days DESC, streak_start) AS pick
  FROM runs
)
SELECT user_id, streak_days, streak_start FROM ranked WHERE pick = 1;
