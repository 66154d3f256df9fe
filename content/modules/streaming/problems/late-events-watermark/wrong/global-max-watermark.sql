-- Computes one watermark from the whole table. A stream processor only knows what has arrived so
-- far: events that arrive later cannot make an earlier arrival late, but here they do.
WITH w AS (
  SELECT event_time, datetime(MAX(event_time) OVER (), '-10 minutes') AS watermark
  FROM events
)
SELECT datetime(unixepoch(event_time) / 300 * 300, 'unixepoch') AS window_start, COUNT(*) AS accepted_events
FROM w
WHERE event_time >= watermark
GROUP BY 1;
