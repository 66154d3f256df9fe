-- Generates every five-minute mark between the first and last payment with a recursive CTE, then
-- counts the payments inside each half-open window with a join; empty windows drop out.
WITH RECURSIVE bounds AS (
  SELECT (MIN(unixepoch(event_ts)) / 300) * 300 - 300 AS lo,
         MAX(unixepoch(event_ts)) AS hi
  FROM payments
),
grid(start_s) AS (
  SELECT lo FROM bounds WHERE lo IS NOT NULL
  UNION ALL
  SELECT start_s + 300 FROM grid, bounds WHERE start_s + 300 <= bounds.hi
)
SELECT datetime(g.start_s, 'unixepoch'), datetime(g.start_s + 600, 'unixepoch'),
       COUNT(*), SUM(p.amount_cents)
FROM grid AS g
JOIN payments AS p
  ON unixepoch(p.event_ts) >= g.start_s AND unixepoch(p.event_ts) < g.start_s + 600
GROUP BY g.start_s
ORDER BY g.start_s;
