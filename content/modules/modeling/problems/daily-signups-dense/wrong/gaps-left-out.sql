-- Groups the signups by day: only days with signups appear, so the quiet days are missing from
-- the series.
SELECT date(signed_up_at) AS day, COUNT(*) AS signups,
       SUM(COUNT(*)) OVER (ORDER BY date(signed_up_at)) AS cumulative_signups
FROM signups
GROUP BY date(signed_up_at)
ORDER BY day;
