-- Treats the broker as a content deduplicator: keeps the first arrival of each payload per
-- partition. A producer that restarted under a new producer id re-sends records the broker has
-- never seen from it — they are appended again; and an out-of-order batch is still accepted early.
WITH firsts AS (
  SELECT MIN(request_seq) AS request_seq FROM produce_requests GROUP BY partition_id, payload
)
SELECT r.partition_id,
       ROW_NUMBER() OVER (PARTITION BY r.partition_id ORDER BY r.request_seq) - 1 AS log_offset,
       r.producer_id, r.producer_epoch, r.seq_no, r.payload
FROM produce_requests AS r
JOIN firsts AS f ON f.request_seq = r.request_seq
ORDER BY r.partition_id, log_offset;
