-- Alternative: add up the plays with a known genre and the plays without one separately (a
-- correlated NOT EXISTS finds the titles not loaded yet), then merge the two halves by genre.
SELECT year, month, genre, SUM(secs) AS watch_seconds
FROM (
  SELECT d.year, d.month, t.genre AS genre, f.watch_seconds AS secs
  FROM fact_plays f
  JOIN dim_date d ON d.date_key = f.date_key
  JOIN dim_title t ON t.title_key = f.title_key
  WHERE t.genre IS NOT NULL
  UNION ALL
  SELECT d.year, d.month, 'Unknown', f.watch_seconds
  FROM fact_plays f
  JOIN dim_date d ON d.date_key = f.date_key
  WHERE NOT EXISTS (SELECT 1 FROM dim_title t WHERE t.title_key = f.title_key AND t.genre IS NOT NULL)
) AS parts
GROUP BY year, month, genre;
