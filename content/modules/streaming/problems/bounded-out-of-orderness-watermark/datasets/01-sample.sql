-- A 5-second bound. The record at 10:00:10 (arrival 6) pushes the watermark to 10:00:05: the
-- 10:00:04 that arrives next is late, and so is the 10:00:05 after it (exactly on the watermark),
-- while 10:00:06 is on time. The out-of-order 10:00:01 and 10:00:03 early on are not late: the
-- watermark had not reached them. event_id says nothing about arrival.
INSERT INTO params VALUES (1, 5);
INSERT INTO arrivals VALUES
  (1, 'e1', '2024-06-01 10:00:00'),
  (2, 'e2', '2024-06-01 10:00:02'),
  (3, 'e3', '2024-06-01 10:00:01'),
  (4, 'e4', '2024-06-01 10:00:04'),
  (5, 'e5', '2024-06-01 10:00:03'),
  (6, 'e6', '2024-06-01 10:00:10'),
  (7, 'e7', '2024-06-01 10:00:04'),
  (8, 'e8', '2024-06-01 10:00:05'),
  (9, 'e9', '2024-06-01 10:00:06');
