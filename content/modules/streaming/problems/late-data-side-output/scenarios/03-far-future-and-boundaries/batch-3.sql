-- Batch 2: watermark 11:10:00, exactly the end of [11:00, 11:10): 11:09:59 is late. 11:10:00
-- opens [11:10, 11:20). A far-future 12:30 arrives in the same batch as 11:12: the watermark in
-- force is still 11:10, so 11:12 counts.
INSERT INTO batch_info (batch_id) VALUES (2);
INSERT INTO batch_events (event_id, event_ts, page) VALUES
  (102, '2024-06-01 11:09:59', '/x'),
  (103, '2024-06-01 11:10:00', '/x'),
  (104, '2024-06-01 12:30:00', '/y'),
  (105, '2024-06-01 11:12:00', '/y');
