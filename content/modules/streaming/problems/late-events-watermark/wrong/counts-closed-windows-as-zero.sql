-- Counts kept events with a conditional SUM over all events, so a window that received only
-- dropped events still shows up with 0. The statement wants only windows holding a counted event.
WITH w AS (
  SELECT unixepoch(event_time) / 300 * 300 AS ws,
         datetime(MAX(event_time) OVER (ORDER BY arrival_seq
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING),
                  '-10 minutes') AS watermark
  FROM events
)
SELECT datetime(ws, 'unixepoch') AS window_start,
       SUM(CASE WHEN watermark IS NULL OR watermark < datetime(ws + 300, 'unixepoch')
                THEN 1 ELSE 0 END) AS accepted_events
FROM w
GROUP BY ws;
