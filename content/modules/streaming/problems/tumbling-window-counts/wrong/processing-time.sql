-- Buckets by ingest_ts (when the broker received the play) instead of event time: a late play is
-- counted in the window in which it arrived, not the one in which it happened.
WITH b AS (
  SELECT (unixepoch(ingest_ts) / 300) * 300 AS start_s, title_id, watch_ms
  FROM plays
)
SELECT datetime(start_s, 'unixepoch'), datetime(start_s + 300, 'unixepoch'), title_id,
       COUNT(*), SUM(watch_ms)
FROM b
GROUP BY start_s, title_id
ORDER BY 1, 3;
