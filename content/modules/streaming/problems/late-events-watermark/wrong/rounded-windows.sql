-- Rounds each event to the NEAREST 5-minute mark instead of flooring it: 12:03:10 lands in the
-- 12:05 window. A tumbling window [hh:00, hh:05) holds every event from its start up to, not
-- including, its end.
WITH w AS (
  SELECT CAST(round(unixepoch(event_time) / 300.0) AS INTEGER) * 300 AS ws,
         datetime(MAX(event_time) OVER (ORDER BY arrival_seq
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING),
                  '-10 minutes') AS watermark
  FROM events
)
SELECT datetime(ws, 'unixepoch') AS window_start, COUNT(*) AS accepted_events
FROM w
WHERE watermark IS NULL OR watermark < datetime(ws + 300, 'unixepoch')
GROUP BY ws;
