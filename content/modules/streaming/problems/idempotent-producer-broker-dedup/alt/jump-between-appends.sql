-- Recursion over appends instead of over requests: the first append of a (producer, partition) is
-- its first request with seq_no 0; from an append (epoch E, seq S at request r) the next one is
-- the first later request with the same epoch and seq S + 1, or a higher epoch and seq 0. Offsets
-- by a correlated COUNT of the earlier appends of the same partition.
WITH RECURSIVE appended(producer_id, partition_id, request_seq) AS (
  SELECT r.producer_id, r.partition_id, MIN(r.request_seq)
  FROM produce_requests AS r
  WHERE r.seq_no = 0
  GROUP BY r.producer_id, r.partition_id
  UNION ALL
  SELECT a.producer_id, a.partition_id,
         (SELECT MIN(n.request_seq) FROM produce_requests AS n, produce_requests AS cur
           WHERE cur.request_seq = a.request_seq
             AND n.producer_id = a.producer_id AND n.partition_id = a.partition_id
             AND n.request_seq > a.request_seq
             AND ((n.producer_epoch = cur.producer_epoch AND n.seq_no = cur.seq_no + 1)
               OR (n.producer_epoch > cur.producer_epoch AND n.seq_no = 0)))
  FROM appended AS a
  WHERE a.request_seq IS NOT NULL
),
log AS (
  SELECT r.* FROM produce_requests AS r
  WHERE r.request_seq IN (SELECT request_seq FROM appended WHERE request_seq IS NOT NULL)
)
SELECT l.partition_id,
       (SELECT COUNT(*) FROM log AS o
         WHERE o.partition_id = l.partition_id AND o.request_seq < l.request_seq) AS log_offset,
       l.producer_id, l.producer_epoch, l.seq_no, l.payload
FROM log AS l
ORDER BY l.partition_id, log_offset;
