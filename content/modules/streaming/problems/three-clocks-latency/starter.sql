-- Columns: event_id, producer_lateness_s, processing_lag_s, end_to_end_s, clock_anomaly
SELECT event_id,
       0 AS producer_lateness_s,
       0 AS processing_lag_s,
       0 AS end_to_end_s,
       0 AS clock_anomaly
FROM events
ORDER BY event_id;
