-- Correlated subqueries instead of windows: each transactional record looks up the first marker of
-- its txn_id at a higher offset; the first open offset is the smallest offset of a transactional
-- record for which no such marker exists.
WITH data AS (
  SELECT d.kafka_offset, d.txn_id, d.payload,
         CASE WHEN d.txn_id IS NULL THEN 'NONE'
              ELSE COALESCE(
                (SELECT CASE m.record_type WHEN 'COMMIT' THEN 'COMMITTED' ELSE 'ABORTED' END
                 FROM partition_log AS m
                 WHERE m.txn_id = d.txn_id AND m.record_type <> 'DATA'
                   AND m.kafka_offset > d.kafka_offset
                 ORDER BY m.kafka_offset
                 LIMIT 1),
                'OPEN')
         END AS txn_state
  FROM partition_log AS d
  WHERE d.record_type = 'DATA'
)
SELECT kafka_offset, txn_id, payload, txn_state,
       CASE WHEN txn_state = 'ABORTED' THEN 'SKIPPED'
            WHEN NOT EXISTS (SELECT 1 FROM data AS o
                              WHERE o.txn_state = 'OPEN' AND o.kafka_offset <= data.kafka_offset)
            THEN 'RETURNED'
            ELSE 'WITHHELD'
       END AS read_committed
FROM data
ORDER BY kafka_offset;
