-- Drops every event strictly behind the watermark, whether or not its window is still open. That
-- is a per-event filter, not what a windowed count does: an event behind the watermark still
-- counts while its window has not closed (watermark < window_end).
WITH w AS (
  SELECT event_time,
         datetime(MAX(event_time) OVER (ORDER BY arrival_seq
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING),
                  '-10 minutes') AS watermark
  FROM events
)
SELECT datetime(unixepoch(event_time) / 300 * 300, 'unixepoch') AS window_start,
       COUNT(*) AS accepted_events
FROM w
WHERE watermark IS NULL OR event_time >= watermark
GROUP BY 1;
