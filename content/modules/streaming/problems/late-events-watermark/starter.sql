-- Events counted per 5-minute tumbling window (clock-aligned), after dropping the events whose
-- window was already closed when they arrived. Watermark at an event's arrival =
-- (greatest event_time among the events that arrived before it) - 10 minutes; a window is
-- closed when watermark >= its end.
-- Columns: window_start ('YYYY-MM-DD HH:MM:SS'), accepted_events
SELECT event_time AS window_start, COUNT(*) AS accepted_events
FROM events
GROUP BY event_time;
