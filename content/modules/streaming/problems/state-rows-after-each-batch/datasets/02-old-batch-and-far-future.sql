-- Batch 1 brings only an older event (12:31): the watermark must stay at 12:38, not fall back to
-- the batch's own maximum, and 12:31 still counts because [12:30, 12:40) is open. Batch 2 brings
-- 13:30 together with 12:38: 12:38 is judged against the watermark in force during the batch
-- (12:38), so it counts, and only afterwards does 13:30 move the watermark to 13:25 and evict
-- every 12:xx group. Three events of u1 in one window are one state row.
INSERT INTO batches (batch_id) VALUES (0), (1), (2), (3);
INSERT INTO events (event_id, batch_id, event_ts, user_id) VALUES
  (21, 0, '2024-06-01 12:40:00', 'u1'),
  (22, 0, '2024-06-01 12:41:30', 'u1'),
  (23, 0, '2024-06-01 12:43:00', 'u1'),
  (24, 0, '2024-06-01 12:33:00', 'u2'),
  (25, 1, '2024-06-01 12:31:00', 'u3'),
  (26, 2, '2024-06-01 13:30:00', 'u1'),
  (27, 2, '2024-06-01 12:38:00', 'u2'),
  (28, 3, '2024-06-01 12:59:00', 'u2'),
  (29, 3, '2024-06-01 13:31:00', 'u2');
