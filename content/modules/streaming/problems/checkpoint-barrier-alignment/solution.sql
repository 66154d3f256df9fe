-- Running counters over the whole arrival order, read at each barrier. Snapshot n holds, per
-- channel, what that channel delivered before its own barrier n: A's counters read at A's
-- barrier plus B's read at B's. What was buffered is what the first-barriered channel delivered
-- between its barrier and the other one.
WITH counters AS (
  SELECT arrival_seq, channel, kind, checkpoint_id,
         SUM(channel = 'A' AND kind = 'record') OVER w AS a_seen,
         SUM(CASE WHEN channel = 'A' AND kind = 'record' THEN amount ELSE 0 END) OVER w AS a_sum,
         SUM(channel = 'B' AND kind = 'record') OVER w AS b_seen,
         SUM(CASE WHEN channel = 'B' AND kind = 'record' THEN amount ELSE 0 END) OVER w AS b_sum
  FROM channel_input
  WINDOW w AS (ORDER BY arrival_seq)
),
per_checkpoint AS (
  SELECT checkpoint_id,
         MAX(CASE WHEN channel = 'A' THEN arrival_seq END) AS a_pos,
         MAX(CASE WHEN channel = 'B' THEN arrival_seq END) AS b_pos,
         MAX(CASE WHEN channel = 'A' THEN a_seen END) AS a_seen_at_a,
         MAX(CASE WHEN channel = 'A' THEN a_sum END)  AS a_sum_at_a,
         MAX(CASE WHEN channel = 'A' THEN b_seen END) AS b_seen_at_a,
         MAX(CASE WHEN channel = 'B' THEN b_seen END) AS b_seen_at_b,
         MAX(CASE WHEN channel = 'B' THEN b_sum END)  AS b_sum_at_b,
         MAX(CASE WHEN channel = 'B' THEN a_seen END) AS a_seen_at_b
  FROM counters
  WHERE kind = 'barrier'
  GROUP BY checkpoint_id
)
SELECT checkpoint_id,
       a_seen_at_a + b_seen_at_b AS snapshot_records,
       a_sum_at_a + b_sum_at_b AS snapshot_sum,
       CASE WHEN a_pos < b_pos THEN a_seen_at_b - a_seen_at_a
            ELSE b_seen_at_a - b_seen_at_b END AS buffered_records
FROM per_checkpoint
WHERE a_pos IS NOT NULL AND b_pos IS NOT NULL
ORDER BY checkpoint_id;
