-- One micro-batch per run: batch_info (one row: batch_id) and batch_events (event_id, event_ts, page).
-- 1. A batch_id already in batch_log changes nothing.
-- 2. Watermark in force = MAX(batch_log.max_event_ts) - 5 minutes (NULL: nothing is late).
-- 3. Window = [unixepoch(event_ts) / 600 * 600, + 600 s). Late when watermark >= window_end:
--    insert into late_events (batch_id, event_id, event_ts, page); otherwise add 1 to
--    window_counts(window_start, page, views).
-- 4. Record (batch_id, MAX(event_ts) or NULL) in batch_log.
INSERT INTO window_counts (window_start, page, views)
SELECT event_ts, page, 1 FROM batch_events WHERE false;
