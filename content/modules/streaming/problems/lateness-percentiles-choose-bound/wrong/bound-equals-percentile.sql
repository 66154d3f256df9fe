-- Uses the percentile itself as the delay. An event exactly B seconds behind the newest time seen
-- sits ON the watermark, and at-or-before the watermark is late: with B = p the events at the
-- percentile value are late, so fewer than k are on time. The smallest safe delay is p + 1.
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
  LEFT JOIN ranked AS r ON r.rn = (t.coverage_permille * (SELECT COUNT(*) FROM events) + 999) / 1000
)
SELECT coverage_permille, lateness_s, lateness_s AS bound_s,
       (SELECT COUNT(*) FROM lat AS l WHERE l.lateness_s >= p.lateness_s) AS late_events
FROM picked AS p;
