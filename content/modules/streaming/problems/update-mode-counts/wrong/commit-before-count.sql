-- Records the batch before counting it: the guard then sees its own batch as already applied, and
-- no batch is ever counted.
INSERT OR IGNORE INTO committed_batches (batch_id)
SELECT DISTINCT batch_id FROM events;

INSERT INTO user_counts (user_id, events, last_batch)
SELECT user_id, COUNT(*), MAX(batch_id)
FROM events
WHERE batch_id NOT IN (SELECT batch_id FROM committed_batches)
GROUP BY user_id
ON CONFLICT (user_id) DO UPDATE SET
  events     = user_counts.events + excluded.events,
  last_batch = excluded.last_batch;
