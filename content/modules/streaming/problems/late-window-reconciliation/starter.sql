-- Recompute the gold rows touched by this slice of late events from silver_events.
-- This starter adds one play per late event, which double counts repeats.
INSERT INTO gold_window_counts (window_start, title_id, plays)
SELECT datetime((unixepoch(event_ts) / 300) * 300, 'unixepoch'), title_id, COUNT(*)
FROM late_events
WHERE true
GROUP BY 1, 2
ON CONFLICT (window_start, title_id) DO UPDATE SET plays = gold_window_counts.plays + excluded.plays;
