-- Takes each batch's own greatest event time for the watermark instead of the greatest seen so
-- far: a batch of old events pulls the watermark back, and an empty batch has none at all.
WITH per_batch AS (
  SELECT b.batch_id, MAX(e.event_ts) AS batch_max
  FROM batches AS b
  LEFT JOIN events AS e ON e.batch_id = b.batch_id
  GROUP BY b.batch_id
),
marks AS (
  SELECT batch_id,
         datetime(LAG(batch_max) OVER (ORDER BY batch_id), '-5 minutes') AS wm_before,
         datetime(batch_max, '-5 minutes') AS wm_after
  FROM per_batch
),
judged AS (
  SELECT e.batch_id, e.user_id,
         datetime(unixepoch(e.event_ts) / 600 * 600, 'unixepoch')       AS window_start,
         datetime(unixepoch(e.event_ts) / 600 * 600 + 600, 'unixepoch') AS window_end,
         COALESCE(m.wm_before >= datetime(unixepoch(e.event_ts) / 600 * 600 + 600, 'unixepoch'),
                  0) AS is_dropped
  FROM events AS e
  JOIN marks AS m ON m.batch_id = e.batch_id
),
groups AS (
  SELECT window_start, window_end, user_id, MIN(batch_id) AS first_batch
  FROM judged
  WHERE is_dropped = 0
  GROUP BY window_start, window_end, user_id
)
SELECT m.batch_id,
       m.wm_after AS watermark,
       (SELECT COUNT(*) FROM judged AS j
        WHERE j.batch_id = m.batch_id AND j.is_dropped = 1) AS dropped_events,
       COUNT(g.user_id) AS state_rows
FROM marks AS m
LEFT JOIN groups AS g
  ON g.first_batch <= m.batch_id
 AND (m.wm_after IS NULL OR g.window_end > m.wm_after)
GROUP BY m.batch_id, m.wm_after
ORDER BY m.batch_id;
