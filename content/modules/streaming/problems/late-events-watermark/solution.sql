-- 1. The watermark each event meets: the greatest event_time among the events that arrived
--    before it (a frame that stops one row short of the current one), minus 10 minutes.
--    The first arrival has an empty frame, so its watermark is NULL and it is never late.
-- 2. Keep the events not strictly earlier than their watermark.
-- 3. Floor each accepted event_time to its 5-minute window (300 s on the Unix clock).
WITH watermarked AS (
  SELECT event_time,
         datetime(
           MAX(event_time) OVER (
             ORDER BY arrival_seq
             ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING
           ),
           '-10 minutes'
         ) AS watermark
  FROM events
),
accepted AS (
  SELECT event_time
  FROM watermarked
  WHERE watermark IS NULL OR event_time >= watermark
)
SELECT datetime(unixepoch(event_time) / 300 * 300, 'unixepoch') AS window_start,
       COUNT(*) AS accepted_events
FROM accepted
GROUP BY 1;
