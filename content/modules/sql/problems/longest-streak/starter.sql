-- Each user's longest run of consecutive calendar days with a login (ties: the earliest run).
-- Columns: user_id, streak_days, streak_start (YYYY-MM-DD)
SELECT user_id,
       COUNT(DISTINCT date(login_at)) AS streak_days,
       MIN(date(login_at))            AS streak_start
FROM logins
GROUP BY user_id;
