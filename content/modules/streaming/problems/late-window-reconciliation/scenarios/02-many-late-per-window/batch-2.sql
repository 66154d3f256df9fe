-- A late event exactly on the 08:05:00 mark belongs to the window starting there. (08:05, Y) = 3 is
-- wrong but untouched: it stays.
INSERT INTO late_events (event_id, event_ts, title_id) VALUES
  ('a5', '2024-06-01 08:05:00', 'X');
