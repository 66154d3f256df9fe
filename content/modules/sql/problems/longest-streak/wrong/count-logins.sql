-- Runs the islands trick on the raw logins instead of on distinct days: a second login on the same
-- day shifts the row number, breaks the run apart, and COUNT(*) counts logins, not days.
WITH islands AS (
  SELECT user_id, date(login_at) AS day,
         date(login_at, '-' || ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY login_at) || ' days') AS island
  FROM logins
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
