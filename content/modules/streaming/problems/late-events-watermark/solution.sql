-- 1. The watermark each event meets: the greatest event_time among the events that arrived
--    before it (a frame that stops one row short of the current one), minus 10 minutes.
--    The first arrival has an empty frame, so its watermark is NULL and nothing is closed yet.
-- 2. The event's window, floored to 5 minutes on the Unix clock (300 s), and that window's end.
-- 3. Keep an event unless its window was closed at arrival: watermark >= window_end.
--    datetime() returns 'YYYY-MM-DD HH:MM:SS' on both sides, so text comparison is exact.
WITH watermarked AS (
  SELECT datetime(unixepoch(event_time) / 300 * 300, 'unixepoch')       AS window_start,
         datetime(unixepoch(event_time) / 300 * 300 + 300, 'unixepoch') AS window_end,
         datetime(
           MAX(event_time) OVER (
             ORDER BY arrival_seq
             ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING
           ),
           '-10 minutes'
         ) AS watermark
  FROM events
)
SELECT window_start, COUNT(*) AS accepted_events
FROM watermarked
WHERE watermark IS NULL OR watermark < window_end
GROUP BY window_start;
