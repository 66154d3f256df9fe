-- Computes one watermark from the whole table. A stream processor only knows what has arrived so
-- far: events that arrive later cannot close a window for an event that arrived before them.
WITH w AS (
  SELECT unixepoch(event_time) / 300 * 300 AS ws,
         (SELECT datetime(MAX(event_time), '-10 minutes') FROM events) AS watermark
  FROM events
)
SELECT datetime(ws, 'unixepoch') AS window_start, COUNT(*) AS accepted_events
FROM w
WHERE watermark < datetime(ws + 300, 'unixepoch')
GROUP BY ws;
