-- One row per five-minute event-time window and title.
-- Columns: window_start, window_end, title_id, plays, watch_ms — ordered by window_start, title_id.
SELECT event_ts AS window_start,
       event_ts AS window_end,
       title_id,
       COUNT(*)      AS plays,
       SUM(watch_ms) AS watch_ms
FROM plays
GROUP BY event_ts, title_id
ORDER BY window_start, title_id;
