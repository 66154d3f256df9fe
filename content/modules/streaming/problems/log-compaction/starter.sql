-- The records left after compaction: kafka_offset, msg_key, msg_value, ordered by kafka_offset.
SELECT kafka_offset, msg_key, msg_value
FROM topic_log
ORDER BY kafka_offset;
