-- The partition log: partition_id, log_offset, producer_id, producer_epoch, seq_no, payload,
-- ordered by partition_id, log_offset. This starter appends every request, retries included.
SELECT partition_id,
       ROW_NUMBER() OVER (PARTITION BY partition_id ORDER BY request_seq) - 1 AS log_offset,
       producer_id, producer_epoch, seq_no, payload
FROM produce_requests
ORDER BY partition_id, log_offset;
