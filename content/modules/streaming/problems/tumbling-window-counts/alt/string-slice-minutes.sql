-- Builds the window start from the text: keep the date and hour, floor the minutes to a multiple
-- of 5 with integer arithmetic, then compare windows as text. Correlated subqueries compute the
-- counts instead of GROUP BY aggregates.
WITH w AS (
  SELECT DISTINCT
         substr(event_ts, 1, 14) || printf('%02d', (CAST(substr(event_ts, 15, 2) AS INTEGER) / 5) * 5) || ':00' AS window_start,
         title_id
  FROM plays
)
SELECT w.window_start,
       strftime('%Y-%m-%d %H:%M:%S', w.window_start, '+5 minutes') AS window_end,
       w.title_id,
       (SELECT COUNT(*) FROM plays p
         WHERE p.title_id = w.title_id
           AND p.event_ts >= w.window_start
           AND p.event_ts < strftime('%Y-%m-%d %H:%M:%S', w.window_start, '+5 minutes')) AS plays,
       (SELECT SUM(p.watch_ms) FROM plays p
         WHERE p.title_id = w.title_id
           AND p.event_ts >= w.window_start
           AND p.event_ts < strftime('%Y-%m-%d %H:%M:%S', w.window_start, '+5 minutes')) AS watch_ms
FROM w
ORDER BY w.window_start, w.title_id;
