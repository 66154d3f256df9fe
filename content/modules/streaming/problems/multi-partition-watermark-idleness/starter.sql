-- One row per tick, ordered by tick_ts:
--   active_partitions  = partitions with a read in [tick - idle_s, tick] (all of them when idle_s is NULL)
--   combined_watermark = greatest candidate so far; candidate = MIN watermark of the active
--                        partitions, none if no partition is active or an active one has no watermark
-- Columns: tick_ts, active_partitions, combined_watermark
SELECT tick_ts, (SELECT COUNT(*) FROM partitions) AS active_partitions, NULL AS combined_watermark
FROM ticks
ORDER BY tick_ts;
