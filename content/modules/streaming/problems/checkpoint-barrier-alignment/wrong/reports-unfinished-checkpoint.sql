-- Reports a checkpoint as soon as one channel has delivered its barrier, reading a missing
-- barrier as "everything so far". Until the barrier has arrived on every input there is no
-- snapshot n at all.
WITH pos AS (
  SELECT checkpoint_id,
         COALESCE(MAX(CASE WHEN channel = 'A' THEN arrival_seq END), 1e18) AS a_at,
         COALESCE(MAX(CASE WHEN channel = 'B' THEN arrival_seq END), 1e18) AS b_at
  FROM channel_input
  WHERE kind = 'barrier'
  GROUP BY checkpoint_id
)
SELECT p.checkpoint_id,
       (SELECT COUNT(*) FROM channel_input AS r
        WHERE r.kind = 'record'
          AND ((r.channel = 'A' AND r.arrival_seq < p.a_at)
            OR (r.channel = 'B' AND r.arrival_seq < p.b_at))) AS snapshot_records,
       (SELECT COALESCE(SUM(r.amount), 0) FROM channel_input AS r
        WHERE r.kind = 'record'
          AND ((r.channel = 'A' AND r.arrival_seq < p.a_at)
            OR (r.channel = 'B' AND r.arrival_seq < p.b_at))) AS snapshot_sum,
       (SELECT COUNT(*) FROM channel_input AS r
        WHERE r.kind = 'record'
          AND r.channel = CASE WHEN p.a_at < p.b_at THEN 'A' ELSE 'B' END
          AND r.arrival_seq > MIN(p.a_at, p.b_at) AND r.arrival_seq < MAX(p.a_at, p.b_at))
         AS buffered_records
FROM pos AS p
ORDER BY p.checkpoint_id;
