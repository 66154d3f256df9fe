-- Looks for the latest record with a value, skipping tombstones: a deleted key comes back to life
-- with the value it had before the delete.
-- The latest record per key (tombstones included), then drop tombstones older than the retention.
WITH ranked AS (
  SELECT kafka_offset, msg_key, msg_value, append_ts,
         ROW_NUMBER() OVER (PARTITION BY msg_key ORDER BY kafka_offset DESC) AS rn
  FROM topic_log
  WHERE msg_value IS NOT NULL
)
SELECT r.kafka_offset, r.msg_key, r.msg_value
FROM ranked AS r
CROSS JOIN params AS p
WHERE r.rn = 1
  AND NOT (r.msg_value IS NULL
           AND unixepoch(p.compaction_ts) - unixepoch(r.append_ts) > p.delete_retention_s)
ORDER BY r.kafka_offset;
