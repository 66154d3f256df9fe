-- Recomputes every title of a touched window, not just the touched title: other titles' rows in
-- that window are rewritten although no late event of theirs arrived.
INSERT INTO gold_window_counts (window_start, title_id, plays)
SELECT datetime((unixepoch(s.event_ts) / 300) * 300, 'unixepoch'), s.title_id, COUNT(*)
FROM silver_events AS s
WHERE (unixepoch(s.event_ts) / 300) * 300 IN (SELECT (unixepoch(event_ts) / 300) * 300 FROM late_events)
GROUP BY 1, 2
ON CONFLICT (window_start, title_id) DO UPDATE SET plays = excluded.plays;
