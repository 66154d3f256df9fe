-- Measures in fractions of a day: CAST((julianday(b) - julianday(a)) * 86400 AS INTEGER) truncates
-- 0.99999… seconds to 0, so one-second gaps vanish.
-- unixepoch() reads both text formats and returns whole seconds; every difference keeps its sign.
WITH s AS (
  SELECT event_id,
         julianday(event_ts)   AS et,
         julianday(ingest_ts)  AS it,
         julianday(process_ts) AS pt
  FROM events
)
SELECT event_id,
       CAST((it - et) * 86400 AS INTEGER) AS producer_lateness_s,
       CAST((pt - it) * 86400 AS INTEGER) AS processing_lag_s,
       CAST((pt - et) * 86400 AS INTEGER) AS end_to_end_s,
       CASE WHEN et <= it AND it <= pt THEN 0 ELSE 1 END AS clock_anomaly
FROM s
ORDER BY event_id;
