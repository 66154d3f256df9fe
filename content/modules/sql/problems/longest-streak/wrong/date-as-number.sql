-- Treats the date as the number YYYYMMDD and subtracts the row number. That only works inside a
-- month: 20240131 and 20240201 are consecutive days but 70 apart as numbers, so runs crossing a
-- month or year end are cut in two.
WITH days AS (
  SELECT DISTINCT user_id, date(login_at) AS day FROM logins
),
islands AS (
  SELECT user_id, day,
         CAST(REPLACE(day, '-', '') AS INTEGER)
           - ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY day) AS island
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
