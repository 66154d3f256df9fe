-- Snapshots everything that arrived before the alignment completed, on both channels: that is
-- Flink's at-least-once mode, which never blocks a channel. The records behind the early barrier
-- end up in the snapshot AND are replayed after a restore, so they count twice.
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
LEFT JOIN channel_input AS r ON r.kind = 'record' AND r.arrival_seq < d.aligned_at
GROUP BY d.checkpoint_id
ORDER BY d.checkpoint_id;
