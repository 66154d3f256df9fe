-- No window functions: each event's watermarks before and after it come from correlated MAX
-- subqueries over the arrivals (strictly before, and up to and including it); counts are
-- correlated COUNTs over the accepted events; the ON_TIME arrival of a window is the smallest
-- arrival_seq whose watermark after reaches the window's end.
WITH ev AS MATERIALIZED (
  SELECT e.arrival_seq AS seq,
         CAST(strftime('%s', e.event_time) AS INTEGER) / 600 * 600 AS ws,
         (SELECT MAX(CAST(strftime('%s', p.event_time) AS INTEGER))
          FROM events AS p WHERE p.arrival_seq < e.arrival_seq) - 120 AS wm_before,
         (SELECT MAX(CAST(strftime('%s', p.event_time) AS INTEGER))
          FROM events AS p WHERE p.arrival_seq <= e.arrival_seq) - 120 AS wm_after
  FROM events AS e
),
accepted AS MATERIALIZED (
  SELECT * FROM ev WHERE wm_before IS NULL OR wm_before < ws + 600 + 300
),
late AS (
  SELECT a.ws, a.seq, 'LATE' AS kind,
         (SELECT COUNT(*) FROM accepted AS b WHERE b.ws = a.ws AND b.seq <= a.seq) AS cnt
  FROM accepted AS a
  WHERE a.wm_before >= a.ws + 600
),
closing AS (
  SELECT w.ws, (SELECT MIN(x.seq) FROM ev AS x WHERE x.wm_after >= w.ws + 600) AS seq
  FROM (SELECT DISTINCT ws FROM accepted) AS w
),
on_time AS (
  SELECT c.ws, c.seq, 'ON_TIME' AS kind,
         (SELECT COUNT(*) FROM accepted AS b WHERE b.ws = c.ws AND b.seq <= c.seq) AS cnt
  FROM closing AS c
  WHERE c.seq IS NOT NULL
)
SELECT datetime(ws, 'unixepoch') AS window_start, seq AS arrival_seq, kind, cnt AS event_count
FROM (SELECT * FROM late UNION ALL SELECT * FROM on_time WHERE cnt > 0)
ORDER BY seq, ws;
