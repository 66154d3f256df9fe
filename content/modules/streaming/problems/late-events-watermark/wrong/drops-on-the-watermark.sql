-- Uses `<=` where the rule says "strictly earlier": an event exactly 10:00 behind the greatest
-- earlier event time sits ON the watermark and must be accepted, but this drops it.
WITH w AS (
  SELECT event_time,
         datetime(MAX(event_time) OVER (ORDER BY arrival_seq ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), '-10 minutes') AS watermark
  FROM events
)
SELECT datetime(unixepoch(event_time) / 300 * 300, 'unixepoch') AS window_start, COUNT(*) AS accepted_events
FROM w
WHERE watermark IS NULL OR event_time > watermark
GROUP BY 1;
