-- Rounds to the nearest five minutes instead of flooring: a play at 10:03:00 is put into the window
-- starting at 10:05 although it happened in [10:00, 10:05).
WITH b AS (
  SELECT CAST(ROUND(unixepoch(event_ts) / 300.0) AS INTEGER) * 300 AS start_s, title_id, watch_ms
  FROM plays
)
SELECT datetime(start_s, 'unixepoch'), datetime(start_s + 300, 'unixepoch'), title_id,
       COUNT(*), SUM(watch_ms)
FROM b
GROUP BY start_s, title_id
ORDER BY 1, 3;
