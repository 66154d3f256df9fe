-- 1. Each batch's greatest event time (NULL for an empty batch), then two running maxima over the
--    batches in order: one stopping before the batch (the watermark in force while it runs), one
--    including it (the watermark after it). MAX ignores the NULLs of empty batches.
-- 2. Judge every event against the watermark of its own batch: dropped when its window is closed.
-- 3. Each group (window, user) enters state with the first batch that counted one of its events;
--    after batch b it is held if it entered at or before b and its window ends after b's watermark.
WITH per_batch AS (
  SELECT b.batch_id, MAX(e.event_ts) AS batch_max
  FROM batches AS b
  LEFT JOIN events AS e ON e.batch_id = b.batch_id
  GROUP BY b.batch_id
),
marks AS (
  SELECT batch_id,
         datetime(MAX(batch_max) OVER (ORDER BY batch_id
                                       ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING),
                  '-5 minutes') AS wm_before,
         datetime(MAX(batch_max) OVER (ORDER BY batch_id ROWS UNBOUNDED PRECEDING),
                  '-5 minutes') AS wm_after
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
