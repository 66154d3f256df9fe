-- Measures lateness as ingest_ts - event_ts, the raw lag between reading and happening. That is
-- how far behind the consumer is, not how far out of order the stream is: a consumer that reads
-- everything half an hour late has huge lag and almost no disorder, and a watermark delay sized
-- on lag waits half an hour for nothing.
WITH lat AS (
  SELECT MAX(0, unixepoch(ingest_ts) - unixepoch(event_ts)) AS lateness_s
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
