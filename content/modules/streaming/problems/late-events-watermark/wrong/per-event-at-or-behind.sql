-- Drops every event at or behind the watermark (event_time <= watermark), the rule Spark's
-- streaming deduplication applies to single rows. A windowed count judges the window, not the
-- event: 09:15:00 on a watermark of 09:15:00 belongs to [09:15, 09:20), which is still open.
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
WHERE watermark IS NULL OR event_time > watermark
GROUP BY 1;
