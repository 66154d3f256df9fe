-- Skips dim_date and decodes the date key as if it were YYYYMMDD. Surrogate keys carry no
-- meaning: where date_key is 1, 2, 3 ... the year and month come out as garbage.
SELECT f.date_key / 10000 AS year, (f.date_key / 100) % 100 AS month,
       COALESCE(t.genre, 'Unknown') AS genre, SUM(f.watch_seconds) AS watch_seconds
FROM fact_plays AS f
LEFT JOIN dim_title AS t ON t.title_key = f.title_key
GROUP BY 1, 2, 3;
