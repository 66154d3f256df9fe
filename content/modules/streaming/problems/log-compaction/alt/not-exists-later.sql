-- A record survives when no later record has its key; a surviving tombstone must also be young
-- enough, tested with a correlated scalar subquery on params.
SELECT t.kafka_offset, t.msg_key, t.msg_value
FROM topic_log AS t
WHERE NOT EXISTS (SELECT 1 FROM topic_log AS u
                  WHERE u.msg_key = t.msg_key AND u.kafka_offset > t.kafka_offset)
  AND (t.msg_value IS NOT NULL
       OR unixepoch(t.append_ts) >= (SELECT unixepoch(compaction_ts) - delete_retention_s FROM params))
ORDER BY t.kafka_offset;
