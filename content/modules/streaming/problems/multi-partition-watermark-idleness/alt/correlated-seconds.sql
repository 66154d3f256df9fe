-- Whole seconds and correlated subqueries: a view of each partition's state at each tick, a
-- candidate per tick guarded by NOT EXISTS, and the combined watermark as the greatest candidate
-- of any tick at or before this one.
WITH state AS (
  SELECT t.tick_ts, p.partition_id,
         (SELECT MAX(unixepoch(r.event_ts)) FROM reads AS r
          WHERE r.partition_id = p.partition_id
            AND unixepoch(r.read_ts) <= unixepoch(t.tick_ts))
           - (SELECT bound_s FROM params) AS wm_s,
         (SELECT idle_s FROM params) IS NULL
           OR EXISTS (SELECT 1 FROM reads AS r
                      WHERE r.partition_id = p.partition_id
                        AND unixepoch(r.read_ts) BETWEEN unixepoch(t.tick_ts) - (SELECT idle_s FROM params)
                                                     AND unixepoch(t.tick_ts)) AS active
  FROM ticks AS t, partitions AS p
),
candidates AS (
  SELECT t.tick_ts,
         CASE WHEN EXISTS (SELECT 1 FROM state AS s WHERE s.tick_ts = t.tick_ts AND s.active)
               AND NOT EXISTS (SELECT 1 FROM state AS s
                               WHERE s.tick_ts = t.tick_ts AND s.active AND s.wm_s IS NULL)
              THEN (SELECT MIN(s.wm_s) FROM state AS s WHERE s.tick_ts = t.tick_ts AND s.active)
         END AS candidate_s
  FROM ticks AS t
)
SELECT c.tick_ts,
       (SELECT COUNT(*) FROM state AS s WHERE s.tick_ts = c.tick_ts AND s.active) AS active_partitions,
       datetime((SELECT MAX(c2.candidate_s) FROM candidates AS c2 WHERE c2.tick_ts <= c.tick_ts),
                'unixepoch') AS combined_watermark
FROM candidates AS c
ORDER BY c.tick_ts;
