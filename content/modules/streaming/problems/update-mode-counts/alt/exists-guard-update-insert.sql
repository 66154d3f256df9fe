-- Uses an EXISTS guard and separate UPDATE and INSERT statements instead of an upsert; the batch is
-- recorded with INSERT OR IGNORE at the end.
UPDATE user_counts
SET events = events + (SELECT COUNT(*) FROM events AS e WHERE e.user_id = user_counts.user_id),
    last_batch = (SELECT MAX(e.batch_id) FROM events AS e)
WHERE user_id IN (SELECT user_id FROM events)
  AND NOT EXISTS (SELECT 1 FROM committed_batches AS c
                  WHERE c.batch_id = (SELECT MAX(batch_id) FROM events));

INSERT INTO user_counts (user_id, events, last_batch)
SELECT e.user_id, COUNT(*), MAX(e.batch_id)
FROM events AS e
WHERE NOT EXISTS (SELECT 1 FROM user_counts AS u WHERE u.user_id = e.user_id)
  AND NOT EXISTS (SELECT 1 FROM committed_batches AS c WHERE c.batch_id = e.batch_id)
GROUP BY e.user_id;

INSERT OR IGNORE INTO committed_batches (batch_id)
SELECT DISTINCT batch_id FROM events;
