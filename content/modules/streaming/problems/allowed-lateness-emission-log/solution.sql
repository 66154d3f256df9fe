-- 1. Per event, in Unix seconds: its window start, and the watermark before and after it — a
--    running MAX over the arrivals with and without the current row, minus the 120 s delay.
-- 2. Accepted events: the watermark before them has not reached end + 300 (NULL: nothing yet).
--    Their running count per window, in arrival order, is the count any firing reports.
-- 3. LATE rows: accepted events that found their window already closed (watermark before >= end).
-- 4. ON_TIME rows: per window, the first arrival whose watermark after reaches the end; it fires
--    if an accepted event of the window had arrived by then (the running count at that point).
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
  JOIN ev AS e ON e.wm_after >= w.ws + 600
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
