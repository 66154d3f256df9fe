-- Measures each event against the previous arrival (LAG) instead of the newest event time seen so
-- far. The watermark follows the maximum, so a straggler that arrives right after another
-- straggler looks only slightly behind while it is far behind the watermark: 10:00:08 after
-- 10:00:14 looks 6 s late, but the stream had already reached 10:00:20.
WITH lat AS (
  SELECT MAX(0, COALESCE(LAG(unixepoch(event_ts)) OVER (ORDER BY arrival_seq)
                         - unixepoch(event_ts), 0)) AS lateness_s
  FROM events
),
ranked AS (SELECT lateness_s, ROW_NUMBER() OVER (ORDER BY lateness_s) AS rn FROM lat),
picked AS (
  SELECT t.coverage_permille, r.lateness_s
  FROM targets AS t
  LEFT JOIN ranked AS r ON r.rn = (t.coverage_permille * (SELECT COUNT(*) FROM events) + 999) / 1000
)
SELECT coverage_permille, lateness_s, lateness_s + 1 AS bound_s,
       (SELECT COUNT(*) FROM lat AS l WHERE l.lateness_s >= p.lateness_s + 1) AS late_events
FROM picked AS p;
