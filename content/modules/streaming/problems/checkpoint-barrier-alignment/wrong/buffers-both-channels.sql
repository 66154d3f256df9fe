-- Counts every record that arrived during the alignment as buffered, on both channels. Only the
-- channel that already delivered its barrier is blocked; the other keeps being processed.
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
       (SELECT COALESCE(SUM(r.amount), 0) FROM channel_input AS r
        WHERE r.kind = 'record'
          AND ((r.channel = 'A' AND r.arrival_seq < p.a_at)
            OR (r.channel = 'B' AND r.arrival_seq < p.b_at))) AS snapshot_sum,
       (SELECT COUNT(*) FROM channel_input AS r
        WHERE r.kind = 'record'
          AND r.arrival_seq > MIN(p.a_at, p.b_at) AND r.arrival_seq < MAX(p.a_at, p.b_at))
         AS buffered_records
FROM pos AS p
WHERE p.a_at IS NOT NULL AND p.b_at IS NOT NULL
ORDER BY p.checkpoint_id;
