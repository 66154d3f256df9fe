-- Joins the calendar day to the raw timestamp (`signed_up_at = day`): '2024-05-01 08:00:00' is not
-- the text '2024-05-01', so no signup ever matches and every day reads 0.
WITH RECURSIVE b AS (SELECT date(MIN(signed_up_at)) f, date(MAX(signed_up_at)) l FROM signups),
cal(day) AS (SELECT f FROM b WHERE f IS NOT NULL UNION ALL SELECT date(day, '+1 day') FROM cal, b WHERE day < l)
SELECT c.day, COUNT(s.user_id), SUM(COUNT(s.user_id)) OVER (ORDER BY c.day)
FROM cal c LEFT JOIN signups s ON s.signed_up_at = c.day
GROUP BY c.day
ORDER BY c.day;
