-- Looks the commit up with a correlated subquery and spells the three cases out with CASE.
WITH pos AS (
  SELECT s.group_id, p.topic, p.partition_id, p.log_start_offset, p.log_end_offset,
         (SELECT c.committed_offset FROM group_commits AS c
           WHERE c.group_id = s.group_id AND c.topic = p.topic
             AND c.partition_id = p.partition_id) AS committed
  FROM subscriptions AS s, partition_offsets AS p
  WHERE p.topic = s.topic
)
SELECT group_id, topic, partition_id,
       CASE
         WHEN committed IS NULL THEN log_end_offset - log_start_offset
         WHEN committed < log_start_offset THEN log_end_offset - log_start_offset
         ELSE log_end_offset - committed
       END AS lag,
       CASE WHEN committed IS NOT NULL AND committed < log_start_offset THEN 1 ELSE 0 END AS data_loss
FROM pos
ORDER BY group_id, topic, partition_id;
