-- One row per micro-batch and partition that reads at least one offset in it.
-- At each tick a partition reads [from_offset, until_offset): from_offset = where it stopped at
-- the previous tick (0 at tick 1), until_offset = MIN(latest_offset, from_offset + 100).
-- A batch is planned only at ticks where some partition reads something; batch ids 0, 1, 2, ...
-- Columns: batch_id, tick_no, partition_id, from_offset, until_offset; ORDER BY batch_id, partition_id.
SELECT tick_no - 1 AS batch_id, tick_no, partition_id, 0 AS from_offset, latest_offset AS until_offset
FROM source_offsets
ORDER BY batch_id, partition_id;
