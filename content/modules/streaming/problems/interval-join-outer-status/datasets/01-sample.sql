-- Both delays 5 minutes. Newest impression 10:22, newest click 10:14: the impressions' watermark is
-- 10:17, the clicks' 10:09, so the join's is 10:09. Impression 1 can be emitted without a click;
-- 2 has its click; 3, 4 and 5 must wait.
INSERT INTO params VALUES (1, 300, 300);
INSERT INTO impressions VALUES
  (1, 'A', 'u3', '2024-05-06 09:50:00'),
  (2, 'A', 'u1', '2024-05-06 10:00:00'),
  (3, 'A', 'u2', '2024-05-06 10:04:00'),
  (4, 'B', 'u1', '2024-05-06 10:12:00'),
  (5, 'A', 'u1', '2024-05-06 10:22:00');
INSERT INTO clicks VALUES
  (100, 'A', 'u1', '2024-05-06 10:06:00'),
  (101, 'B', 'u2', '2024-05-06 10:14:00');
