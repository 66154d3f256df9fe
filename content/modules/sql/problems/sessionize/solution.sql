WITH gaps AS (
  SELECT user_id, ts,
         unixepoch(ts) - unixepoch(LAG(ts) OVER (PARTITION BY user_id ORDER BY ts)) AS gap_s
  FROM clicks
),
numbered AS (
  -- Running count of session starts. The default frame (RANGE ... CURRENT ROW) treats clicks in
  -- the same second as peers, so duplicates always land in the same session.
  SELECT user_id, ts,
         SUM(CASE WHEN gap_s IS NULL OR gap_s > 1800 THEN 1 ELSE 0 END)
           OVER (PARTITION BY user_id ORDER BY ts) AS session_no
  FROM gaps
)
SELECT user_id,
       MIN(ts)  AS session_start,
       MAX(ts)  AS session_end,
       COUNT(*) AS clicks
FROM numbered
GROUP BY user_id, session_no;
