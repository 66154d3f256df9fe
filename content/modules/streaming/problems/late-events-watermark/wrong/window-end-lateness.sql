-- Judges lateness by the event's window instead of the event itself: drops an event only when its
-- whole window has ended before the watermark. The rule here is per event: an event strictly
-- earlier than the watermark is dropped even if its window is still open.
WITH w AS (
  SELECT event_time,
         unixepoch(event_time) / 300 * 300 AS ws,
         unixepoch(MAX(event_time) OVER (ORDER BY arrival_seq ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)) - 600 AS wm
  FROM events
)
SELECT datetime(ws, 'unixepoch') AS window_start, COUNT(*) AS accepted_events
FROM w
WHERE wm IS NULL OR ws + 300 > wm
GROUP BY 1;
