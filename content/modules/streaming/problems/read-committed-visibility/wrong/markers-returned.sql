-- Returns the COMMIT and ABORT markers as if they were records: markers are control records that
-- no consumer ever receives, at either isolation level.
WITH tagged AS (
  SELECT kafka_offset, record_type, txn_id, payload,
         COUNT(CASE WHEN record_type <> 'DATA' THEN 1 END)
           OVER (PARTITION BY txn_id ORDER BY kafka_offset DESC) AS markers_from_here
  FROM partition_log
  WHERE txn_id IS NOT NULL
),
txn_end AS (
  SELECT kafka_offset,
         MAX(CASE WHEN record_type <> 'DATA' THEN record_type END)
           OVER (PARTITION BY txn_id, markers_from_here) AS end_marker,
         markers_from_here
  FROM tagged
),
data AS (
  SELECT l.kafka_offset, l.txn_id, l.payload,
         CASE WHEN l.txn_id IS NULL         THEN 'NONE'
              WHEN e.markers_from_here = 0  THEN 'OPEN'
              WHEN e.end_marker = 'COMMIT'  THEN 'COMMITTED'
              ELSE 'ABORTED' END AS txn_state
  FROM partition_log AS l
  LEFT JOIN txn_end AS e ON e.kafka_offset = l.kafka_offset
),
lso AS (SELECT MIN(kafka_offset) AS first_open FROM data WHERE txn_state = 'OPEN')
SELECT d.kafka_offset, d.txn_id, d.payload, d.txn_state,
       CASE WHEN d.txn_state = 'ABORTED' THEN 'SKIPPED'
            WHEN lso.first_open IS NULL OR d.kafka_offset < lso.first_open THEN 'RETURNED'
            ELSE 'WITHHELD' END AS read_committed
FROM data AS d
CROSS JOIN lso
ORDER BY d.kafka_offset;
