-- Removes every surviving tombstone at once, ignoring delete_retention_s: consumers that have not
-- read the topic for a while never learn that the key was deleted.
-- The latest record per key (tombstones included), then drop tombstones older than the retention.
WITH ranked AS (
  SELECT kafka_offset, msg_key, msg_value, append_ts,
         ROW_NUMBER() OVER (PARTITION BY msg_key ORDER BY kafka_offset DESC) AS rn
  FROM topic_log
)
SELECT r.kafka_offset, r.msg_key, r.msg_value
FROM ranked AS r
CROSS JOIN params AS p
WHERE r.rn = 1
  AND r.msg_value IS NOT NULL
ORDER BY r.kafka_offset;
