-- Treats a window as closed once the watermark reaches its START. The window [08:20, 08:25) still
-- accepts events until the watermark reaches 08:25; 08:20:00 with a watermark of 08:20:00 counts.
WITH w AS (
  SELECT datetime(unixepoch(event_time) / 300 * 300, 'unixepoch') AS window_start,
         datetime(MAX(event_time) OVER (ORDER BY arrival_seq
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING),
                  '-10 minutes') AS watermark
  FROM events
)
SELECT window_start, COUNT(*) AS accepted_events
FROM w
WHERE watermark IS NULL OR watermark < window_start
GROUP BY window_start;
