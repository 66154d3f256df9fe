-- Counts accepted events with a conditional SUM over all events, so a window that received only
-- late events still shows up with 0. The statement wants only windows holding an accepted event.
WITH w AS (
  SELECT event_time,
         datetime(MAX(event_time) OVER (ORDER BY arrival_seq ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), '-10 minutes') AS watermark
  FROM events
)
SELECT datetime(unixepoch(event_time) / 300 * 300, 'unixepoch') AS window_start,
       SUM(CASE WHEN watermark IS NULL OR event_time >= watermark THEN 1 ELSE 0 END) AS accepted_events
FROM w
GROUP BY 1;
