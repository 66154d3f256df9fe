-- Groups by the day's key instead of by year and month: a month with plays of one genre on two
-- different days comes back as two rows.
SELECT d.year, d.month, COALESCE(t.genre, 'Unknown') AS genre, SUM(f.watch_seconds) AS watch_seconds
FROM fact_plays AS f
JOIN dim_date AS d ON d.date_key = f.date_key
LEFT JOIN dim_title AS t ON t.title_key = f.title_key
GROUP BY f.date_key, COALESCE(t.genre, 'Unknown');
