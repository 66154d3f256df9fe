-- Decides the appends correctly but numbers the log by producer and sequence number instead of by
-- arrival: two producers writing to one partition interleave, and their records get the wrong offsets.
WITH RECURSIVE
req AS (
  SELECT *, ROW_NUMBER() OVER (PARTITION BY producer_id, partition_id ORDER BY request_seq) AS rn
  FROM produce_requests
),
-- state_epoch, state_seq: the broker's state after the request; appended: it was written
walk(producer_id, partition_id, rn, request_seq, appended, state_epoch, state_seq) AS (
  SELECT producer_id, partition_id, rn, request_seq, seq_no = 0,
         CASE WHEN seq_no = 0 THEN producer_epoch END,
         CASE WHEN seq_no = 0 THEN 0 END
  FROM req WHERE rn = 1
  UNION ALL
  SELECT n.producer_id, n.partition_id, n.rn, n.request_seq,
         -- the same test three times: the recursive table may not sit in a subquery that names it once
         COALESCE(n.seq_no = CASE WHEN w.state_epoch IS NULL OR n.producer_epoch > w.state_epoch THEN 0
                                  WHEN n.producer_epoch = w.state_epoch THEN w.state_seq + 1 END, 0),
         CASE WHEN n.seq_no = CASE WHEN w.state_epoch IS NULL OR n.producer_epoch > w.state_epoch THEN 0
                                   WHEN n.producer_epoch = w.state_epoch THEN w.state_seq + 1 END
              THEN n.producer_epoch ELSE w.state_epoch END,
         CASE WHEN n.seq_no = CASE WHEN w.state_epoch IS NULL OR n.producer_epoch > w.state_epoch THEN 0
                                   WHEN n.producer_epoch = w.state_epoch THEN w.state_seq + 1 END
              THEN n.seq_no ELSE w.state_seq END
  FROM walk AS w
  JOIN req AS n ON n.producer_id = w.producer_id AND n.partition_id = w.partition_id
               AND n.rn = w.rn + 1
)
SELECT r.partition_id,
       ROW_NUMBER() OVER (PARTITION BY r.partition_id ORDER BY r.producer_id, r.producer_epoch, r.seq_no) - 1 AS log_offset,
       r.producer_id, r.producer_epoch, r.seq_no, r.payload
FROM walk AS w
JOIN produce_requests AS r ON r.request_seq = w.request_seq
WHERE w.appended
ORDER BY r.partition_id, log_offset;
