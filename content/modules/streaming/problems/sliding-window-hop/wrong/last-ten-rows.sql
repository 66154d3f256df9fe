-- Uses a frame of the last ten rows (ROWS 9 PRECEDING) as "the last ten minutes": a window of
-- events, not of time, which is wrong whenever payments are not one a minute.
SELECT datetime((unixepoch(event_ts) / 300) * 300, 'unixepoch') AS window_start,
       datetime((unixepoch(event_ts) / 300) * 300 + 600, 'unixepoch') AS window_end,
       MAX(n) AS payments, MAX(total) AS amount_cents
FROM (
  SELECT event_ts,
         COUNT(*) OVER (ORDER BY event_ts, event_id ROWS 9 PRECEDING) AS n,
         SUM(amount_cents) OVER (ORDER BY event_ts, event_id ROWS 9 PRECEDING) AS total
  FROM payments
)
GROUP BY 1
ORDER BY 1;
