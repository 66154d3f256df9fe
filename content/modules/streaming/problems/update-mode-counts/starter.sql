-- Add this micro-batch's events to user_counts, once per batch_id, and record the batch.
-- This starter adds every batch it is given, again and again.
INSERT INTO user_counts (user_id, events, last_batch)
SELECT user_id, COUNT(*), MAX(batch_id)
FROM events
WHERE true
GROUP BY user_id
ON CONFLICT (user_id) DO UPDATE SET
  events     = user_counts.events + excluded.events,
  last_batch = excluded.last_batch;
