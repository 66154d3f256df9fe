-- Closes a window only once the watermark is strictly past its end (watermark > window_end). The
-- window closes when the watermark REACHES its end: with the watermark at exactly 09:15:00,
-- [09:10, 09:15) is closed and 09:14:59 is dropped.
WITH w AS (
  SELECT unixepoch(event_time) / 300 * 300 AS ws,
         unixepoch(MAX(event_time) OVER (ORDER BY arrival_seq
                                         ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)) - 600
           AS wm
  FROM events
)
SELECT datetime(ws, 'unixepoch') AS window_start, COUNT(*) AS accepted_events
FROM w
WHERE wm IS NULL OR wm <= ws + 300
GROUP BY ws;
