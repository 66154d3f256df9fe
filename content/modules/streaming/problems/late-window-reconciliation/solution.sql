-- The windows this slice touches, keyed exactly like the stream's rows; then a full recount of each
-- from silver, written over whatever gold holds.
INSERT INTO gold_window_counts (window_start, title_id, plays)
SELECT t.window_start, t.title_id,
       (SELECT COUNT(*) FROM silver_events AS s
         WHERE s.title_id = t.title_id
           AND unixepoch(s.event_ts) >= unixepoch(t.window_start)
           AND unixepoch(s.event_ts) <  unixepoch(t.window_start) + 300)
FROM (SELECT DISTINCT datetime((unixepoch(event_ts) / 300) * 300, 'unixepoch') AS window_start,
                      title_id
      FROM late_events) AS t
WHERE true
ON CONFLICT (window_start, title_id) DO UPDATE SET plays = excluded.plays;
