-- No recursion and no window function. Unrolling until_t = MIN(latest_t, until_(t-1) + 100) from
-- until_0 = 0 gives a closed form: until_t = MIN(100 * t, MIN over s <= t of latest_s + 100 * (t - s))
-- — the tightest of "everything since tick s, at 100 per tick". The batch number is a count of
-- the earlier ticks that read something.
WITH ends AS (
  SELECT s.tick_no, s.partition_id,
         MIN(100 * s.tick_no,
             (SELECT MIN(e.latest_offset + 100 * (s.tick_no - e.tick_no))
              FROM source_offsets AS e
              WHERE e.partition_id = s.partition_id AND e.tick_no <= s.tick_no)) AS until_offset
  FROM source_offsets AS s
),
ranges AS (
  SELECT c.tick_no, c.partition_id,
         COALESCE((SELECT p.until_offset FROM ends AS p
                   WHERE p.partition_id = c.partition_id AND p.tick_no = c.tick_no - 1), 0) AS from_offset,
         c.until_offset
  FROM ends AS c
),
reading AS (
  SELECT * FROM ranges WHERE until_offset > from_offset
)
SELECT (SELECT COUNT(DISTINCT r2.tick_no) FROM reading AS r2 WHERE r2.tick_no < r.tick_no) AS batch_id,
       r.tick_no, r.partition_id, r.from_offset, r.until_offset
FROM reading AS r
ORDER BY batch_id, r.partition_id;
