-- Groups by month but not by year: December 2022 and December 2023 are added together (SQLite
-- accepts the bare d.year and shows one of the two years).
SELECT d.year, d.month, COALESCE(t.genre, 'Unknown') AS genre, SUM(f.watch_seconds) AS watch_seconds
FROM fact_plays AS f
JOIN dim_date AS d ON d.date_key = f.date_key
LEFT JOIN dim_title AS t ON t.title_key = f.title_key
GROUP BY d.month, COALESCE(t.genre, 'Unknown');
