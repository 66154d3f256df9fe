-- Decides a record's outcome from any marker of its txn_id anywhere in the log (a COMMIT wins),
-- instead of from the first marker after the record: when one transactional id commits one
-- transaction and aborts the next, the aborted records are called committed.
WITH data AS (
  SELECT d.kafka_offset, d.txn_id, d.payload,
         CASE WHEN d.txn_id IS NULL THEN 'NONE'
              WHEN EXISTS (SELECT 1 FROM partition_log AS m
                            WHERE m.txn_id = d.txn_id AND m.record_type = 'COMMIT') THEN 'COMMITTED'
              WHEN EXISTS (SELECT 1 FROM partition_log AS m
                            WHERE m.txn_id = d.txn_id AND m.record_type = 'ABORT') THEN 'ABORTED'
              ELSE 'OPEN' END AS txn_state
  FROM partition_log AS d
  WHERE d.record_type = 'DATA'
),
lso AS (SELECT MIN(kafka_offset) AS first_open FROM data WHERE txn_state = 'OPEN')
SELECT d.kafka_offset, d.txn_id, d.payload, d.txn_state,
       CASE WHEN d.txn_state = 'ABORTED' THEN 'SKIPPED'
            WHEN lso.first_open IS NULL OR d.kafka_offset < lso.first_open THEN 'RETURNED'
            ELSE 'WITHHELD' END AS read_committed
FROM data AS d
CROSS JOIN lso
ORDER BY d.kafka_offset;
