-- An inner join to dim_title silently drops every play whose title row has not arrived yet:
-- those seconds vanish from the report instead of showing up under 'Unknown'.
SELECT d.year, d.month, COALESCE(t.genre, 'Unknown') AS genre, SUM(f.watch_seconds) AS watch_seconds
FROM fact_plays AS f
JOIN dim_date AS d ON d.date_key = f.date_key
JOIN dim_title AS t ON t.title_key = f.title_key
GROUP BY d.year, d.month, COALESCE(t.genre, 'Unknown');
