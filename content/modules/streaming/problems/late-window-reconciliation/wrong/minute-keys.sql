-- Keys the window by the event's minute instead of its five-minute window: the keys do not match
-- the stream's rows, so new, wrong rows appear next to the old ones.
INSERT INTO gold_window_counts (window_start, title_id, plays)
SELECT t.window_start, t.title_id,
       (SELECT COUNT(*) FROM silver_events AS s
         WHERE s.title_id = t.title_id
           AND unixepoch(s.event_ts) >= unixepoch(t.window_start)
           AND unixepoch(s.event_ts) <  unixepoch(t.window_start) + 300)
FROM (SELECT DISTINCT strftime('%Y-%m-%d %H:%M:00', event_ts) AS window_start, title_id
      FROM late_events) AS t
WHERE true
ON CONFLICT (window_start, title_id) DO UPDATE SET plays = excluded.plays;
