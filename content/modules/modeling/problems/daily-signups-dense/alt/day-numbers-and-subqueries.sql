-- Alternative: count day numbers 0..n with a recursive CTE over integers, turn each into a date,
-- and compute both measures with correlated subqueries instead of a join and a window.
WITH RECURSIVE n(i) AS (
  SELECT 0 WHERE EXISTS (SELECT 1 FROM signups)
  UNION ALL
  SELECT i + 1 FROM n
  WHERE i < (SELECT julianday(date(MAX(signed_up_at))) - julianday(date(MIN(signed_up_at))) FROM signups)
),
days AS (
  SELECT date((SELECT MIN(signed_up_at) FROM signups), printf('+%d days', i)) AS day FROM n
)
SELECT d.day,
       (SELECT COUNT(*) FROM signups s WHERE date(s.signed_up_at) = d.day) AS signups,
       (SELECT COUNT(*) FROM signups s WHERE date(s.signed_up_at) <= d.day) AS cumulative_signups
FROM days d
ORDER BY d.day;
