-- Batch 43: batch 42's 15:47 moved the watermark to 15:42, so [15:30, 15:40) is now closed and
-- 15:35 goes to late_events; 15:40:00 counts in [15:40, 15:50) for a page seen for the first time.
INSERT INTO batch_info (batch_id) VALUES (43);
INSERT INTO batch_events (event_id, event_ts, page) VALUES
  (430, '2024-06-01 15:35:00', '/a'),
  (431, '2024-06-01 15:40:00', '/c'),
  (432, '2024-06-01 15:52:00', '/a');
