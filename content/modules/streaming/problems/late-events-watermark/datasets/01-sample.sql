-- The sample: arrival order unlike event-time order, an out-of-order event that is still in time
-- (12:03:10 after 12:04:30), an event on a window boundary (12:10:00), and one dropped event
-- (12:02:00 arrives after 12:16:00 was seen) in a window that keeps its accepted events.
INSERT INTO events VALUES
  (1, 1, '2024-06-01 12:01:00'),
  (2, 2, '2024-06-01 12:04:30'),
  (3, 3, '2024-06-01 12:03:10'),
  (4, 4, '2024-06-01 12:16:00'),
  (5, 5, '2024-06-01 12:10:00'),
  (6, 6, '2024-06-01 12:02:00'),
  (7, 7, '2024-06-01 12:08:20');
