-- Fires ON_TIME at the first arrival whose watermark BEFORE it reaches the window's end, one
-- arrival too late: the event that moves the watermark to the end is the one that closes the
-- window, and the firing belongs to its arrival (12:12:00 closes [12:00, 12:10) itself).
WITH ev AS (
  SELECT arrival_seq,
         unixepoch(event_time) / 600 * 600 AS ws,
         MAX(unixepoch(event_time)) OVER (ORDER BY arrival_seq
             ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) - 120 AS wm_before,
         MAX(unixepoch(event_time)) OVER (ORDER BY arrival_seq
             ROWS UNBOUNDED PRECEDING) - 120 AS wm_after
  FROM events
),
accepted AS (
  SELECT arrival_seq, ws, wm_before,
         COUNT(*) OVER (PARTITION BY ws ORDER BY arrival_seq) AS running
  FROM ev
  WHERE wm_before IS NULL OR wm_before < ws + 900
),
closes AS (
  SELECT w.ws, MIN(e.arrival_seq) AS arrival_seq
  FROM (SELECT DISTINCT ws FROM accepted) AS w
  JOIN ev AS e ON e.wm_before >= w.ws + 600
  GROUP BY w.ws
),
log AS (
  SELECT ws, arrival_seq, 'LATE' AS kind, running AS event_count
  FROM accepted
  WHERE wm_before >= ws + 600
  UNION ALL
  SELECT c.ws, c.arrival_seq, 'ON_TIME',
         (SELECT MAX(a.running) FROM accepted AS a
          WHERE a.ws = c.ws AND a.arrival_seq <= c.arrival_seq)
  FROM closes AS c
  WHERE EXISTS (SELECT 1 FROM accepted AS a WHERE a.ws = c.ws AND a.arrival_seq <= c.arrival_seq)
)
SELECT datetime(ws, 'unixepoch') AS window_start, arrival_seq, kind, event_count
FROM log
ORDER BY arrival_seq, ws;
