-- 1. Each event's lateness: the newest event time among earlier arrivals (a running MAX whose
--    frame stops one row short), minus its own time, in whole seconds, never below 0. The first
--    arrival has an empty frame (NULL), which COALESCE turns into lateness 0: it still counts.
-- 2. Number the lateness values ascending, duplicates kept (ROW_NUMBER, not RANK).
-- 3. Nearest rank in integers, k = (c * n + 999) / 1000, and a LEFT JOIN so that an empty stream
--    still gives every target a row (k = 0 matches nothing).
-- 4. Late means lateness >= B, so the smallest B keeping the k-th value on time is that value + 1.
WITH lat AS (
  SELECT MAX(0, COALESCE(MAX(unixepoch(event_ts)) OVER (
                            ORDER BY arrival_seq
                            ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
                          - unixepoch(event_ts), 0)) AS lateness_s
  FROM events
),
ranked AS (
  SELECT lateness_s, ROW_NUMBER() OVER (ORDER BY lateness_s) AS rn
  FROM lat
),
picked AS (
  SELECT t.coverage_permille, r.lateness_s
  FROM targets AS t
  LEFT JOIN ranked AS r
    ON r.rn = (t.coverage_permille * (SELECT COUNT(*) FROM events) + 999) / 1000
)
SELECT p.coverage_permille,
       p.lateness_s,
       p.lateness_s + 1 AS bound_s,
       (SELECT COUNT(*) FROM lat AS l WHERE l.lateness_s >= p.lateness_s + 1) AS late_events
FROM picked AS p;
