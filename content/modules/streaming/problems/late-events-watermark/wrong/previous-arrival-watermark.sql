-- Takes the watermark from the previous arrival's event time (LAG) instead of the greatest event
-- time seen so far. A watermark never moves backwards: after an old event arrives, the newest
-- event seen still holds it up, so the next straggler is late even if it is close to the old one.
WITH w AS (
  SELECT event_time,
         datetime(LAG(event_time) OVER (ORDER BY arrival_seq), '-10 minutes') AS watermark
  FROM events
)
SELECT datetime(unixepoch(event_time) / 300 * 300, 'unixepoch') AS window_start, COUNT(*) AS accepted_events
FROM w
WHERE watermark IS NULL OR event_time >= watermark
GROUP BY 1;
