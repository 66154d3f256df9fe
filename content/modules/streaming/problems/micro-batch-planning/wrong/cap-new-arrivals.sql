-- Caps what arrived since the previous tick instead of what is waiting: the part of a burst above
-- the cap is never read, and a quiet tick reads nothing although a backlog remains.
WITH steps AS (
  SELECT s.tick_no, s.partition_id,
         MIN(s.latest_offset - COALESCE((SELECT p.latest_offset FROM source_offsets AS p
                                         WHERE p.partition_id = s.partition_id
                                           AND p.tick_no = s.tick_no - 1), 0), 100) AS n
  FROM source_offsets AS s
),
ranges AS (
  SELECT a.tick_no, a.partition_id,
         (SELECT COALESCE(SUM(b.n), 0) FROM steps AS b
          WHERE b.partition_id = a.partition_id AND b.tick_no < a.tick_no) AS from_offset,
         (SELECT SUM(b.n) FROM steps AS b
          WHERE b.partition_id = a.partition_id AND b.tick_no <= a.tick_no) AS until_offset
  FROM steps AS a
),
reading AS (SELECT * FROM ranges WHERE until_offset > from_offset)
SELECT (SELECT COUNT(DISTINCT r2.tick_no) FROM reading AS r2 WHERE r2.tick_no < r.tick_no) AS batch_id,
       r.tick_no, r.partition_id, r.from_offset, r.until_offset
FROM reading AS r
ORDER BY batch_id, r.partition_id;
