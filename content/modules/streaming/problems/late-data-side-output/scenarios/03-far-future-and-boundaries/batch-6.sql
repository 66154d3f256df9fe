-- Batch 5: the last batch logged (4) brought at most 12:26, but the watermark is still 12:25 from
-- batch 2's 12:30, so [12:10, 12:20) is closed and 12:19 is late.
INSERT INTO batch_info (batch_id) VALUES (5);
INSERT INTO batch_events (event_id, event_ts, page) VALUES
  (111, '2024-06-01 12:19:00', '/z'),
  (112, '2024-06-01 12:31:00', '/z');
