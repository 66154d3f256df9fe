-- Takes MAX(msg_value) as the key's current value: the largest string is not the latest write, and
-- MAX skips tombstones, so deleted keys survive too.
SELECT MAX(kafka_offset) AS kafka_offset, msg_key, MAX(msg_value) AS msg_value
FROM topic_log
GROUP BY msg_key
ORDER BY kafka_offset;
