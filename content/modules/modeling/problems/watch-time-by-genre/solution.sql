-- Keep every play: dim_date is complete (inner join), dim_title may lag behind (LEFT JOIN).
-- A missing title and a NULL genre both become 'Unknown', and the grouping uses that same
-- expression so the two kinds of unknown land in one row per month.
SELECT d.year,
       d.month,
       COALESCE(t.genre, 'Unknown') AS genre,
       SUM(f.watch_seconds)         AS watch_seconds
FROM fact_plays AS f
JOIN dim_date AS d ON d.date_key = f.date_key
LEFT JOIN dim_title AS t ON t.title_key = f.title_key
GROUP BY d.year, d.month, COALESCE(t.genre, 'Unknown');
