-- Handles the missing title but not the NULL genre: a known title whose genre is NULL keeps
-- genre NULL, so its seconds land in a separate NULL row instead of 'Unknown'.
SELECT d.year, d.month,
       CASE WHEN t.title_key IS NULL THEN 'Unknown' ELSE t.genre END AS genre,
       SUM(f.watch_seconds) AS watch_seconds
FROM fact_plays AS f
JOIN dim_date AS d ON d.date_key = f.date_key
LEFT JOIN dim_title AS t ON t.title_key = f.title_key
GROUP BY 1, 2, 3;
