-- LAG without PARTITION BY user_id: the "previous click" can be another user's, so a long pause of
-- one user is hidden by somebody else clicking in between.
WITH gaps AS (
  SELECT user_id, ts,
         unixepoch(ts) - unixepoch(LAG(ts) OVER (ORDER BY ts)) AS gap_s
  FROM clicks
),
numbered AS (
  SELECT user_id, ts,
         SUM(CASE WHEN gap_s IS NULL OR gap_s > 1800 THEN 1 ELSE 0 END)
           OVER (PARTITION BY user_id ORDER BY ts) AS session_no
  FROM gaps
)
SELECT user_id, MIN(ts), MAX(ts), COUNT(*)
FROM numbered
GROUP BY user_id, session_no;
