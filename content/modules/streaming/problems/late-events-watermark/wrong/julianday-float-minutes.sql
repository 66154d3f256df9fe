-- Measures "how far behind" with floating-point julianday arithmetic. Ten minutes is not exact
-- in fractions of a day: (julianday(a) - julianday(b)) * 1440 comes out as 10.00000007, so an
-- event exactly 10:00 behind is dropped. Compare timestamps as text or as integer seconds.
WITH w AS (
  SELECT event_time,
         MAX(event_time) OVER (ORDER BY arrival_seq ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS max_before
  FROM events
)
SELECT datetime(unixepoch(event_time) / 300 * 300, 'unixepoch') AS window_start, COUNT(*) AS accepted_events
FROM w
WHERE max_before IS NULL OR (julianday(max_before) - julianday(event_time)) * 1440 <= 10
GROUP BY 1;
