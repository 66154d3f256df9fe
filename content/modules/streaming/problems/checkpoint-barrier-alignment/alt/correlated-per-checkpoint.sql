-- Per completed checkpoint, correlated subqueries: the snapshot takes, on each channel, the records
-- before that channel's own barrier; the buffer is the first channel's records between the barriers.
WITH done AS (
  SELECT a.checkpoint_id, a.arrival_seq AS a_at, b.arrival_seq AS b_at
  FROM channel_input AS a
  JOIN channel_input AS b
    ON b.checkpoint_id = a.checkpoint_id AND b.kind = 'barrier' AND b.channel = 'B'
  WHERE a.kind = 'barrier' AND a.channel = 'A'
)
SELECT d.checkpoint_id,
       (SELECT COUNT(*) FROM channel_input AS r
        WHERE r.kind = 'record'
          AND ((r.channel = 'A' AND r.arrival_seq < d.a_at)
            OR (r.channel = 'B' AND r.arrival_seq < d.b_at))) AS snapshot_records,
       (SELECT COALESCE(SUM(r.amount), 0) FROM channel_input AS r
        WHERE r.kind = 'record'
          AND ((r.channel = 'A' AND r.arrival_seq < d.a_at)
            OR (r.channel = 'B' AND r.arrival_seq < d.b_at))) AS snapshot_sum,
       (SELECT COUNT(*) FROM channel_input AS r
        WHERE r.kind = 'record'
          AND r.channel = CASE WHEN d.a_at < d.b_at THEN 'A' ELSE 'B' END
          AND r.arrival_seq > MIN(d.a_at, d.b_at)
          AND r.arrival_seq < MAX(d.a_at, d.b_at)) AS buffered_records
FROM done AS d
ORDER BY d.checkpoint_id;
