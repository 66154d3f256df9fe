-- No outer join: each play looks its genre up with a scalar subquery. A title row that has not
-- arrived yields NULL exactly like a NULL genre, and both are folded into 'Unknown' before the
-- plays are grouped, so each month has one 'Unknown' row.
SELECT year, month, genre, SUM(watch_seconds) AS watch_seconds
FROM (
  SELECT d.year,
         d.month,
         COALESCE((SELECT t.genre FROM dim_title AS t WHERE t.title_key = f.title_key), 'Unknown') AS genre,
         f.watch_seconds
  FROM fact_plays AS f, dim_date AS d
  WHERE d.date_key = f.date_key
) AS plays
GROUP BY year, month, genre;
