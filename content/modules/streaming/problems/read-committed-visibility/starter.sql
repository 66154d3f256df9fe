-- One row per data record: kafka_offset, txn_id, payload, txn_state, read_committed, ordered by
-- kafka_offset. This starter calls every transactional record committed and returns everything.
SELECT kafka_offset, txn_id, payload,
       CASE WHEN txn_id IS NULL THEN 'NONE' ELSE 'COMMITTED' END AS txn_state,
       'RETURNED' AS read_committed
FROM partition_log
WHERE record_type = 'DATA'
ORDER BY kafka_offset;
