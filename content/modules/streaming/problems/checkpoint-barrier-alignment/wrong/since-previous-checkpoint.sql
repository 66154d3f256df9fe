-- Counts only the records since the previous checkpoint's barrier on each channel, as if state
-- were reset at every checkpoint. The snapshot is the operator's whole state, which is cumulative.
WITH pos AS (
  SELECT checkpoint_id,
         MAX(CASE WHEN channel = 'A' THEN arrival_seq END) AS a_at,
         MAX(CASE WHEN channel = 'B' THEN arrival_seq END) AS b_at
  FROM channel_input
  WHERE kind = 'barrier'
  GROUP BY checkpoint_id
),
done AS (
  SELECT checkpoint_id, a_at, b_at,
         COALESCE(LAG(a_at) OVER (ORDER BY checkpoint_id), 0) AS prev_a,
         COALESCE(LAG(b_at) OVER (ORDER BY checkpoint_id), 0) AS prev_b
  FROM pos
  WHERE a_at IS NOT NULL AND b_at IS NOT NULL
)
SELECT d.checkpoint_id,
       (SELECT COUNT(*) FROM channel_input AS r
        WHERE r.kind = 'record'
          AND ((r.channel = 'A' AND r.arrival_seq > d.prev_a AND r.arrival_seq < d.a_at)
            OR (r.channel = 'B' AND r.arrival_seq > d.prev_b AND r.arrival_seq < d.b_at)))
         AS snapshot_records,
       (SELECT COALESCE(SUM(r.amount), 0) FROM channel_input AS r
        WHERE r.kind = 'record'
          AND ((r.channel = 'A' AND r.arrival_seq > d.prev_a AND r.arrival_seq < d.a_at)
            OR (r.channel = 'B' AND r.arrival_seq > d.prev_b AND r.arrival_seq < d.b_at)))
         AS snapshot_sum,
       (SELECT COUNT(*) FROM channel_input AS r
        WHERE r.kind = 'record'
          AND r.channel = CASE WHEN d.a_at < d.b_at THEN 'A' ELSE 'B' END
          AND r.arrival_seq > MIN(d.a_at, d.b_at) AND r.arrival_seq < MAX(d.a_at, d.b_at))
         AS buffered_records
FROM done AS d
ORDER BY d.checkpoint_id;
