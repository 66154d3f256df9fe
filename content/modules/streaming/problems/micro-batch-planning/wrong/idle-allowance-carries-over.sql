-- Treats the cap as an allowance that builds up: a partition may have read 100 per tick since
-- tick 1, so until = MIN(latest, 100 * tick). A partition that was idle for a while then reads a
-- whole burst at once, but the cap limits each batch, not an average over time.
WITH ranges AS (
  SELECT s.tick_no, s.partition_id,
         COALESCE((SELECT MIN(p.latest_offset, 100 * p.tick_no) FROM source_offsets AS p
                   WHERE p.partition_id = s.partition_id AND p.tick_no = s.tick_no - 1), 0) AS from_offset,
         MIN(s.latest_offset, 100 * s.tick_no) AS until_offset
  FROM source_offsets AS s
),
reading AS (SELECT * FROM ranges WHERE until_offset > from_offset)
SELECT (SELECT COUNT(DISTINCT r2.tick_no) FROM reading AS r2 WHERE r2.tick_no < r.tick_no) AS batch_id,
       r.tick_no, r.partition_id, r.from_offset, r.until_offset
FROM reading AS r
ORDER BY batch_id, r.partition_id;
