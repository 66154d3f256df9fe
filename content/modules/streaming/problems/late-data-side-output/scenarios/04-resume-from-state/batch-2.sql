-- Batch 41 delivered again: already in the log, nothing changes.
INSERT INTO batch_info (batch_id) VALUES (41);
INSERT INTO batch_events (event_id, event_ts, page) VALUES
  (410, '2024-06-01 15:44:00', '/a'),
  (400, '2024-06-01 15:18:00', '/a');
