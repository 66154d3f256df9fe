-- Recomputes every window from silver whenever anything is late: untouched rows the audit relies
-- on are rewritten, and windows nobody asked about are inserted.
INSERT INTO gold_window_counts (window_start, title_id, plays)
SELECT datetime((unixepoch(event_ts) / 300) * 300, 'unixepoch'), title_id, COUNT(*)
FROM silver_events
WHERE EXISTS (SELECT 1 FROM late_events)
GROUP BY 1, 2
ON CONFLICT (window_start, title_id) DO UPDATE SET plays = excluded.plays;
