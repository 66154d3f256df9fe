-- Snapshots when the FIRST barrier arrives instead of waiting for it on every input: records the
-- other channel delivered before its own barrier are in neither this snapshot nor the replay.
WITH done AS (
  SELECT checkpoint_id, MAX(arrival_seq) AS aligned_at, MIN(arrival_seq) AS first_at
  FROM channel_input
  WHERE kind = 'barrier'
  GROUP BY checkpoint_id
  HAVING COUNT(*) = 2
)
SELECT d.checkpoint_id,
       COUNT(r.arrival_seq) AS snapshot_records,
       COALESCE(SUM(r.amount), 0) AS snapshot_sum,
       (SELECT COUNT(*) FROM channel_input AS q
        WHERE q.kind = 'record' AND q.arrival_seq > d.first_at AND q.arrival_seq < d.aligned_at
          AND q.channel = (SELECT channel FROM channel_input
                           WHERE kind = 'barrier' AND arrival_seq = d.first_at)) AS buffered_records
FROM done AS d
LEFT JOIN channel_input AS r ON r.kind = 'record' AND r.arrival_seq < d.first_at
GROUP BY d.checkpoint_id
ORDER BY d.checkpoint_id;
