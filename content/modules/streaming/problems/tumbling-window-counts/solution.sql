-- Bucket each play by its event time in whole seconds: integer division by 300 floors to the
-- window start, so 10:04:59 stays in [10:00, 10:05) and 10:05:00 opens the next window.
WITH bucketed AS (
  SELECT (unixepoch(event_ts) / 300) * 300 AS start_s, title_id, watch_ms
  FROM plays
)
SELECT datetime(start_s, 'unixepoch')       AS window_start,
       datetime(start_s + 300, 'unixepoch') AS window_end,
       title_id,
       COUNT(*)      AS plays,
       SUM(watch_ms) AS watch_ms
FROM bucketed
GROUP BY start_s, title_id
ORDER BY window_start, title_id;
