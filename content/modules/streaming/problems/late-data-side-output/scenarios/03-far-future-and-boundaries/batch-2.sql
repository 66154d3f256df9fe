-- Batch 1: still no watermark (the only earlier batch brought nothing), so the old 11:02 counts.
INSERT INTO batch_info (batch_id) VALUES (1);
INSERT INTO batch_events (event_id, event_ts, page) VALUES
  (100, '2024-06-01 11:15:00', '/x'),
  (101, '2024-06-01 11:02:00', '/x');
