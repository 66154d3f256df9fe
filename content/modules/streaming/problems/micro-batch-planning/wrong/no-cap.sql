-- Ignores the rate limit: every batch reads up to the latest offset, so a burst is read in one
-- batch instead of being drained 100 offsets at a time over several ticks.
WITH ranges AS (
  SELECT s.tick_no, s.partition_id,
         COALESCE((SELECT p.latest_offset FROM source_offsets AS p
                   WHERE p.partition_id = s.partition_id AND p.tick_no = s.tick_no - 1), 0) AS from_offset,
         s.latest_offset AS until_offset
  FROM source_offsets AS s
),
reading AS (SELECT * FROM ranges WHERE until_offset > from_offset)
SELECT (SELECT COUNT(DISTINCT r2.tick_no) FROM reading AS r2 WHERE r2.tick_no < r.tick_no) AS batch_id,
       r.tick_no, r.partition_id, r.from_offset, r.until_offset
FROM reading AS r
ORDER BY batch_id, r.partition_id;
