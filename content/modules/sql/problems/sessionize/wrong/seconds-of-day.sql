-- Turns each timestamp into seconds since midnight and subtracts those. The date is lost: a gap
-- across midnight comes out negative, and a click at the same time on the next day looks like a
-- gap of a few seconds, so both wrongly continue the session.
WITH secs AS (
  SELECT user_id, ts,
         CAST(strftime('%H', ts) AS INTEGER) * 3600
       + CAST(strftime('%M', ts) AS INTEGER) * 60
       + CAST(strftime('%S', ts) AS INTEGER) AS sod
  FROM clicks
),
gaps AS (
  SELECT user_id, ts, sod - LAG(sod) OVER (PARTITION BY user_id ORDER BY ts) AS gap_s
  FROM secs
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
