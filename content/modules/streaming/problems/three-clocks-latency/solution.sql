-- unixepoch() reads both text formats and returns whole seconds; every difference keeps its sign.
WITH s AS (
  SELECT event_id,
         unixepoch(event_ts)   AS et,
         unixepoch(ingest_ts)  AS it,
         unixepoch(process_ts) AS pt
  FROM events
)
SELECT event_id,
       it - et AS producer_lateness_s,
       pt - it AS processing_lag_s,
       pt - et AS end_to_end_s,
       CASE WHEN et <= it AND it <= pt THEN 0 ELSE 1 END AS clock_anomaly
FROM s
ORDER BY event_id;
