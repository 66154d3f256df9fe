-- Adds the number of late events to the stream's count: a late event delivered twice is counted
-- twice, and a redelivered slice adds everything again.
INSERT INTO gold_window_counts (window_start, title_id, plays)
SELECT datetime((unixepoch(event_ts) / 300) * 300, 'unixepoch'), title_id, COUNT(*)
FROM late_events
WHERE true
GROUP BY 1, 2
ON CONFLICT (window_start, title_id) DO UPDATE SET plays = gold_window_counts.plays + excluded.plays;
