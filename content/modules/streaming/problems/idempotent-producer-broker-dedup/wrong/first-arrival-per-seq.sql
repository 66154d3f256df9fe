-- Keeps the first arrival of every (producer, epoch, partition, seq_no) and drops later copies:
-- that removes retries, but appends a batch that overtook a missing one instead of rejecting it,
-- so the log gets it too early — and keeps a fenced zombie's batches.
WITH firsts AS (
  SELECT MIN(request_seq) AS request_seq
  FROM produce_requests
  GROUP BY producer_id, producer_epoch, partition_id, seq_no
)
SELECT r.partition_id,
       ROW_NUMBER() OVER (PARTITION BY r.partition_id ORDER BY r.request_seq) - 1 AS log_offset,
       r.producer_id, r.producer_epoch, r.seq_no, r.payload
FROM produce_requests AS r
JOIN firsts AS f ON f.request_seq = r.request_seq
ORDER BY r.partition_id, log_offset;
