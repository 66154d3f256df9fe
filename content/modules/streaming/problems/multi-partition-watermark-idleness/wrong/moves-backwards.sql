-- Emits each tick's candidate as is. When a partition comes back from idle with old event times
-- the minimum falls, but a watermark never moves backwards: the combined one must hold.
WITH grid AS (
  SELECT t.tick_ts, p.partition_id,
         (SELECT datetime(MAX(r.event_ts), '-' || pr.bound_s || ' seconds')
          FROM reads AS r
          WHERE r.partition_id = p.partition_id AND r.read_ts <= t.tick_ts) AS part_wm,
         CASE WHEN pr.idle_s IS NULL THEN 0
              WHEN EXISTS (SELECT 1 FROM reads AS r
                           WHERE r.partition_id = p.partition_id
                             AND r.read_ts <= t.tick_ts
                             AND r.read_ts >= datetime(t.tick_ts, '-' || pr.idle_s || ' seconds'))
              THEN 0 ELSE 1 END AS is_idle
  FROM ticks AS t
  CROSS JOIN partitions AS p
  CROSS JOIN params AS pr
),
per_tick AS (
  SELECT t.tick_ts,
         COUNT(g.partition_id) FILTER (WHERE g.is_idle = 0) AS active,
         COUNT(g.partition_id) FILTER (WHERE g.is_idle = 0 AND g.part_wm IS NULL) AS active_blind,
         MIN(g.part_wm) FILTER (WHERE g.is_idle = 0) AS min_active_wm
  FROM ticks AS t
  LEFT JOIN grid AS g ON g.tick_ts = t.tick_ts
  GROUP BY t.tick_ts
)
SELECT tick_ts,
       active AS active_partitions,
       CASE WHEN active > 0 AND active_blind = 0 THEN min_active_wm END
         AS combined_watermark
FROM per_tick
ORDER BY tick_ts;
