-- Converts with strftime('%s') after normalising the ISO string by hand, and flags anomalies with
-- a sign test on the two hops.
SELECT event_id,
       CAST(strftime('%s', ingest_ts) AS INTEGER)
         - CAST(strftime('%s', replace(replace(event_ts, 'T', ' '), 'Z', '')) AS INTEGER),
       CAST(strftime('%s', process_ts) AS INTEGER) - CAST(strftime('%s', ingest_ts) AS INTEGER),
       CAST(strftime('%s', process_ts) AS INTEGER)
         - CAST(strftime('%s', replace(replace(event_ts, 'T', ' '), 'Z', '')) AS INTEGER),
       (CAST(strftime('%s', ingest_ts) AS INTEGER)
          < CAST(strftime('%s', replace(replace(event_ts, 'T', ' '), 'Z', '')) AS INTEGER))
       OR (CAST(strftime('%s', process_ts) AS INTEGER) < CAST(strftime('%s', ingest_ts) AS INTEGER))
FROM events
ORDER BY event_id;
