-- Tests membership with BETWEEN start AND start + 600: a payment exactly on a five-minute mark is
-- also counted in the window that ends there, so it lands in three windows.
WITH RECURSIVE bounds AS (
  SELECT (MIN(unixepoch(event_ts)) / 300) * 300 - 600 AS lo, MAX(unixepoch(event_ts)) AS hi
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
JOIN payments AS p ON unixepoch(p.event_ts) BETWEEN g.start_s AND g.start_s + 600
GROUP BY g.start_s
ORDER BY g.start_s;
