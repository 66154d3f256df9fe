-- Each batch starts where the previous one stopped, so a partition's range at tick t depends on
-- its range at tick t - 1: a recursive CTE walks the ticks in order, one row per partition.
--   from_offset  = the previous tick's until_offset (0 before the first tick)
--   until_offset = MIN(latest offset, from_offset + 100)   (SQLite's two-argument MIN)
-- A batch is planned at a tick where some partition advanced; batch ids count those ticks from 0.
WITH RECURSIVE plan (tick_no, partition_id, from_offset, until_offset) AS (
  SELECT tick_no, partition_id, 0, MIN(latest_offset, 100)
  FROM source_offsets
  WHERE tick_no = 1
  UNION ALL
  SELECT s.tick_no, s.partition_id, p.until_offset, MIN(s.latest_offset, p.until_offset + 100)
  FROM plan AS p
  JOIN source_offsets AS s
    ON s.partition_id = p.partition_id AND s.tick_no = p.tick_no + 1
),
batches AS (
  SELECT tick_no, ROW_NUMBER() OVER (ORDER BY tick_no) - 1 AS batch_id
  FROM plan
  GROUP BY tick_no
  HAVING MAX(until_offset > from_offset) = 1
)
SELECT b.batch_id, p.tick_no, p.partition_id, p.from_offset, p.until_offset
FROM plan AS p
JOIN batches AS b ON b.tick_no = p.tick_no
WHERE p.until_offset > p.from_offset
ORDER BY b.batch_id, p.partition_id;
