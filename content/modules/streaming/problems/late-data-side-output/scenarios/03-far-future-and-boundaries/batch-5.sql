-- Batch 4: watermark still 12:25 — batch 3's greatest time (12:29) is below batch 2's 12:30, and
-- the watermark follows the greatest of all. Everything here counts.
INSERT INTO batch_info (batch_id) VALUES (4);
INSERT INTO batch_events (event_id, event_ts, page) VALUES
  (109, '2024-06-01 12:21:00', '/z'),
  (110, '2024-06-01 12:26:00', '/z');
