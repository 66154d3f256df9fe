-- Processes events in event_id order instead of arrival_seq order. Ids are assigned by the
-- producer, not by arrival; the watermark must follow the order in which events reached us.
WITH w AS (
  SELECT unixepoch(event_time) / 300 * 300 AS ws,
         datetime(MAX(event_time) OVER (ORDER BY event_id
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING),
                  '-10 minutes') AS watermark
  FROM events
)
SELECT datetime(ws, 'unixepoch') AS window_start, COUNT(*) AS accepted_events
FROM w
WHERE watermark IS NULL OR watermark < datetime(ws + 300, 'unixepoch')
GROUP BY ws;
