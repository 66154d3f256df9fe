-- No window function: each event's watermark is a correlated subquery over the events that
-- arrived before it, compared in Unix seconds; the window start is the event's time minus the
-- seconds past its 5-minute boundary.
WITH accepted AS (
  SELECT e.event_time
  FROM events AS e
  WHERE NOT EXISTS (SELECT 1 FROM events AS b WHERE b.arrival_seq < e.arrival_seq)
     OR unixepoch(e.event_time) >= (SELECT MAX(unixepoch(b.event_time)) FROM events AS b WHERE b.arrival_seq < e.arrival_seq) - 600
)
SELECT strftime('%Y-%m-%d %H:%M:%S', unixepoch(event_time) - unixepoch(event_time) % 300, 'unixepoch') AS window_start,
       COUNT(*) AS accepted_events
FROM accepted
GROUP BY window_start;
