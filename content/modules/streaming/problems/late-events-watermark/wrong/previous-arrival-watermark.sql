-- Takes the watermark from the previous arrival's event time (LAG) instead of the greatest event
-- time seen so far. A watermark never moves backwards: after an old straggler arrives, the newest
-- event seen still holds the watermark where it was, and closed windows stay closed.
WITH w AS (
  SELECT unixepoch(event_time) / 300 * 300 AS ws,
         datetime(LAG(event_time) OVER (ORDER BY arrival_seq), '-10 minutes') AS watermark
  FROM events
)
SELECT datetime(ws, 'unixepoch') AS window_start, COUNT(*) AS accepted_events
FROM w
WHERE watermark IS NULL OR watermark < datetime(ws + 300, 'unixepoch')
GROUP BY ws;
