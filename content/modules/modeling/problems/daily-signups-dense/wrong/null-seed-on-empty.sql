-- Seeds the calendar with MIN(...) without a guard: on an empty table MIN is NULL, and the result
-- is one row with a NULL day instead of no rows.
WITH RECURSIVE b AS (SELECT date(MIN(signed_up_at)) f, date(MAX(signed_up_at)) l FROM signups),
cal(day) AS (SELECT f FROM b UNION ALL SELECT date(day, '+1 day') FROM cal, b WHERE day < l),
p AS (SELECT date(signed_up_at) AS day, COUNT(*) AS n FROM signups GROUP BY 1)
SELECT c.day, COALESCE(p.n, 0), SUM(COALESCE(p.n, 0)) OVER (ORDER BY c.day)
FROM cal c LEFT JOIN p ON p.day = c.day
ORDER BY c.day;
