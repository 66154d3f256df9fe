-- The lateness boundary, to the second. Events exactly 10:00 behind the greatest earlier event
-- time are accepted (09:10:00 after 09:20:00, 09:14:59 after 09:24:59, 09:15:00 after 09:25:00);
-- events 10:01 behind are dropped (09:09:59, 09:14:58). The 09:05 window receives only late events
-- and must not appear; the 09:10 window has accepted events and one late one. Most events sit on
-- window boundaries. event_id order is unrelated to arrival order (rows inserted by event_id).
INSERT INTO events VALUES
  (1, 4, '2024-06-02 09:05:00'),
  (2, 6, '2024-06-02 09:14:59'),
  (3, 2, '2024-06-02 09:10:00'),
  (4, 5, '2024-06-02 09:24:59'),
  (5, 8, '2024-06-02 09:25:00'),
  (6, 9, '2024-06-02 09:15:00'),
  (7, 1, '2024-06-02 09:20:00'),
  (8, 7, '2024-06-02 09:14:58'),
  (9, 3, '2024-06-02 09:09:59');
