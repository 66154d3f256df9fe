-- Puts the outer join on the wrong side: starting from dim_title keeps titles nobody watched (a
-- row with NULL year and month) and still loses the plays of titles not yet in dim_title.
SELECT d.year, d.month, COALESCE(t.genre, 'Unknown') AS genre, SUM(f.watch_seconds) AS watch_seconds
FROM dim_title AS t
LEFT JOIN fact_plays AS f ON f.title_key = t.title_key
LEFT JOIN dim_date AS d ON d.date_key = f.date_key
GROUP BY d.year, d.month, COALESCE(t.genre, 'Unknown');
