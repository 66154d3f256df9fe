-- Orders the running MAX by event_time instead of arrival_seq. Every earlier row in that order is
-- older than the current event, so nothing can ever be late: the answer counts dropped events.
WITH w AS (
  SELECT event_time,
         datetime(MAX(event_time) OVER (ORDER BY event_time ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), '-10 minutes') AS watermark
  FROM events
)
SELECT datetime(unixepoch(event_time) / 300 * 300, 'unixepoch') AS window_start, COUNT(*) AS accepted_events
FROM w
WHERE watermark IS NULL OR event_time >= watermark
GROUP BY 1;
