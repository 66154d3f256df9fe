-- Numbers batches by tick (tick_no - 1), as if every tick planned a batch: a quiet tick with
-- nothing to read would still take a batch number, so every later batch id is too high.
WITH RECURSIVE plan (tick_no, partition_id, from_offset, until_offset) AS (
  SELECT tick_no, partition_id, 0, MIN(latest_offset, 100)
  FROM source_offsets WHERE tick_no = 1
  UNION ALL
  SELECT s.tick_no, s.partition_id, p.until_offset, MIN(s.latest_offset, p.until_offset + 100)
  FROM plan AS p
  JOIN source_offsets AS s ON s.partition_id = p.partition_id AND s.tick_no = p.tick_no + 1
)
SELECT tick_no - 1 AS batch_id, tick_no, partition_id, from_offset, until_offset
FROM plan
WHERE until_offset > from_offset
ORDER BY batch_id, partition_id;
