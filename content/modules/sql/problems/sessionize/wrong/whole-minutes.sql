-- Measures gaps in whole minutes (seconds dropped), so 30:01 and even 30:59 count as "30 minutes"
-- and wrongly continue the session.
WITH gaps AS (
  SELECT user_id, ts,
         unixepoch(ts) / 60 - unixepoch(LAG(ts) OVER (PARTITION BY user_id ORDER BY ts)) / 60 AS gap_min
  FROM clicks
),
numbered AS (
  SELECT user_id, ts,
         SUM(CASE WHEN gap_min IS NULL OR gap_min > 30 THEN 1 ELSE 0 END)
           OVER (PARTITION BY user_id ORDER BY ts) AS session_no
  FROM gaps
)
SELECT user_id, MIN(ts), MAX(ts), COUNT(*)
FROM numbered
GROUP BY user_id, session_no;
