-- No window function: an event is dropped when some earlier arrival already pushed the watermark
-- to its window's end, i.e. an earlier event_time minus 600 s is at or past window_start + 300 s.
-- Works in Unix seconds throughout and finds the window start by subtracting the remainder.
SELECT datetime(e.t - e.t % 300, 'unixepoch') AS window_start,
       COUNT(*)                              AS accepted_events
FROM (SELECT arrival_seq, CAST(strftime('%s', event_time) AS INTEGER) AS t FROM events) AS e
WHERE NOT EXISTS (
  SELECT 1
  FROM events AS p
  WHERE p.arrival_seq < e.arrival_seq
    AND CAST(strftime('%s', p.event_time) AS INTEGER) - 600 >= e.t - e.t % 300 + 300
)
GROUP BY e.t - e.t % 300;
