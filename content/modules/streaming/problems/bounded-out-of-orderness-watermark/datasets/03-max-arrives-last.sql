-- The largest event time arrives last: a watermark taken over the whole table would make the early
-- records late. event_id order ('p10' < 'p2' as text) and event-time order both differ from arrival
-- order. A 60-second bound with a record exactly 60 s behind the running maximum (late) and one 59 s
-- behind (on time).
INSERT INTO params VALUES (1, 60);
INSERT INTO arrivals VALUES
  (1, 'p10', '2024-06-01 12:05:00'),
  (2, 'p2',  '2024-06-01 12:04:30'),
  (3, 'p3',  '2024-06-01 12:06:00'),
  (4, 'p4',  '2024-06-01 12:05:00'),
  (5, 'p5',  '2024-06-01 12:05:01'),
  (6, 'p6',  '2024-06-01 12:04:59'),
  (7, 'p7',  '2024-06-01 12:07:30'),
  (8, 'p8',  '2024-06-01 12:06:31'),
  (9, 'p9',  '2024-06-01 12:06:30'),
  (10, 'p1', '2024-06-01 13:00:00');
