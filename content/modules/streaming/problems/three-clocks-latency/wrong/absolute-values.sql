-- Takes absolute values of the differences: a device clock running ahead looks like an ordinary
-- delay, and the skew signal is lost.
-- unixepoch() reads both text formats and returns whole seconds; every difference keeps its sign.
WITH s AS (
  SELECT event_id,
         unixepoch(event_ts)   AS et,
         unixepoch(ingest_ts)  AS it,
         unixepoch(process_ts) AS pt
  FROM events
)
SELECT event_id,
       ABS(it - et) AS producer_lateness_s,
       ABS(pt - it) AS processing_lag_s,
       ABS(pt - et) AS end_to_end_s,
       CASE WHEN et <= it AND it <= pt THEN 0 ELSE 1 END AS clock_anomaly
FROM s
ORDER BY event_id;
