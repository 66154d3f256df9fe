-- Buckets silver events with the same epoch arithmetic, joins them to the touched pairs and groups,
-- then writes with INSERT OR REPLACE (the table has no other columns to keep).
WITH touched AS (
  SELECT DISTINCT (unixepoch(event_ts) / 300) * 300 AS start_s, title_id FROM late_events
),
silver_bucketed AS (
  SELECT (unixepoch(event_ts) / 300) * 300 AS start_s, title_id FROM silver_events
)
INSERT OR REPLACE INTO gold_window_counts (window_start, title_id, plays)
SELECT datetime(t.start_s, 'unixepoch'), t.title_id, COUNT(b.title_id)
FROM touched AS t
LEFT JOIN silver_bucketed AS b ON b.start_s = t.start_s AND b.title_id = t.title_id
GROUP BY t.start_s, t.title_id;
