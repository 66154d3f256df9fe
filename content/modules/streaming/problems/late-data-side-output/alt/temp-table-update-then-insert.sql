-- Judge the whole batch once into a temp table (empty when the batch was applied before), in Unix
-- seconds; then UPDATE the existing window rows and INSERT the missing ones with NOT EXISTS
-- instead of an upsert.
DROP TABLE IF EXISTS temp.judged;
CREATE TEMP TABLE judged AS
SELECT i.batch_id, e.event_id, e.event_ts, e.page,
       datetime(unixepoch(e.event_ts) - unixepoch(e.event_ts) % 600, 'unixepoch') AS window_start,
       CASE WHEN w.wm_s IS NOT NULL
             AND w.wm_s >= unixepoch(e.event_ts) - unixepoch(e.event_ts) % 600 + 600
            THEN 1 ELSE 0 END AS late
FROM batch_info AS i
CROSS JOIN batch_events AS e
CROSS JOIN (SELECT MAX(unixepoch(max_event_ts)) - 300 AS wm_s FROM batch_log) AS w
WHERE NOT EXISTS (SELECT 1 FROM batch_log AS l WHERE l.batch_id = i.batch_id);

INSERT INTO late_events (batch_id, event_id, event_ts, page)
SELECT batch_id, event_id, event_ts, page FROM judged WHERE late = 1;

UPDATE window_counts
SET views = views + (SELECT COUNT(*) FROM judged AS j
                     WHERE j.late = 0 AND j.window_start = window_counts.window_start
                       AND j.page = window_counts.page)
WHERE EXISTS (SELECT 1 FROM judged AS j
              WHERE j.late = 0 AND j.window_start = window_counts.window_start
                AND j.page = window_counts.page);

INSERT INTO window_counts (window_start, page, views)
SELECT j.window_start, j.page, COUNT(*)
FROM judged AS j
WHERE j.late = 0
  AND NOT EXISTS (SELECT 1 FROM window_counts AS c
                  WHERE c.window_start = j.window_start AND c.page = j.page)
GROUP BY j.window_start, j.page;

INSERT INTO batch_log (batch_id, max_event_ts)
SELECT i.batch_id, (SELECT MAX(event_ts) FROM batch_events)
FROM batch_info AS i
WHERE NOT EXISTS (SELECT 1 FROM batch_log AS l WHERE l.batch_id = i.batch_id);
