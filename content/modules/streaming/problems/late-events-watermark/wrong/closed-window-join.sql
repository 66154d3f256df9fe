-- Builds the windows, then matches events with BETWEEN start AND start + 5 minutes. BETWEEN
-- includes both ends, so an event exactly on a boundary is counted in two windows; windows are
-- half-open: [start, start + 5 min).
WITH w AS (
  SELECT event_time,
         datetime(MAX(event_time) OVER (ORDER BY arrival_seq ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), '-10 minutes') AS watermark
  FROM events
),
accepted AS (
  SELECT event_time FROM w WHERE watermark IS NULL OR event_time >= watermark
),
windows AS (
  SELECT DISTINCT datetime(unixepoch(event_time) / 300 * 300, 'unixepoch') AS window_start FROM accepted
)
SELECT win.window_start, COUNT(*) AS accepted_events
FROM windows AS win
JOIN accepted AS a
  ON a.event_time BETWEEN win.window_start AND datetime(win.window_start, '+5 minutes')
GROUP BY win.window_start;
