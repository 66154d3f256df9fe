-- Takes the rank as coverage * n / 1000 with integer division, which floors: for n = 37 and 950
-- permille that is rank 35, one short of ceil(35.15) = 36, so the "95th percentile" leaves fewer
-- than 95 % of the events on time. Nearest rank rounds UP: (c * n + 999) / 1000.
WITH lat AS (
  SELECT MAX(0, COALESCE(MAX(unixepoch(event_ts)) OVER (ORDER BY arrival_seq
                           ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
                         - unixepoch(event_ts), 0)) AS lateness_s
  FROM events
),
ranked AS (SELECT lateness_s, ROW_NUMBER() OVER (ORDER BY lateness_s) AS rn FROM lat),
picked AS (
  SELECT t.coverage_permille, r.lateness_s
  FROM targets AS t
  LEFT JOIN ranked AS r ON r.rn = MAX(1, t.coverage_permille * (SELECT COUNT(*) FROM events) / 1000)
)
SELECT coverage_permille, lateness_s, lateness_s + 1 AS bound_s,
       (SELECT COUNT(*) FROM lat AS l WHERE l.lateness_s >= p.lateness_s + 1) AS late_events
FROM picked AS p;
