-- Leaves the first arrival's lateness NULL (nothing arrived before it) and so ranks only the other
-- n - 1 events. The first arrival is an event like any other — on time under every delay — and
-- belongs in n: with two events, 500 permille is rank 1 of 2 (lateness 0), not rank 1 of 1.
WITH lat AS (
  SELECT MAX(0, MAX(unixepoch(event_ts)) OVER (ORDER BY arrival_seq
                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
                - unixepoch(event_ts)) AS lateness_s
  FROM events
),
ranked AS (
  SELECT lateness_s, ROW_NUMBER() OVER (ORDER BY lateness_s) AS rn
  FROM lat WHERE lateness_s IS NOT NULL
),
picked AS (
  SELECT t.coverage_permille, r.lateness_s
  FROM targets AS t
  LEFT JOIN ranked AS r
    ON r.rn = (t.coverage_permille * (SELECT COUNT(*) FROM lat WHERE lateness_s IS NOT NULL) + 999) / 1000
)
SELECT coverage_permille, lateness_s, lateness_s + 1 AS bound_s,
       (SELECT COUNT(*) FROM lat AS l WHERE l.lateness_s >= p.lateness_s + 1) AS late_events
FROM picked AS p;
