-- Uses event_time + 5 minutes as "the end of the event's window". Windows are aligned to the
-- clock: 08:16:00 belongs to [08:15, 08:20), which ends at 08:20, not at 08:21.
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
WHERE watermark IS NULL OR watermark < datetime(event_time, '+5 minutes')
GROUP BY 1;
