-- Batch 7: one late event (09:19, window [09:10, 09:20) closed at 09:25) and one on time. Event 51
-- comes again: the producer resent it, and this job does not deduplicate — it is a new record,
-- and late.
INSERT INTO batch_info (batch_id) VALUES (7);
INSERT INTO batch_events (event_id, event_ts, page) VALUES
  (70, '2024-06-01 09:19:00', '/b'),
  (71, '2024-06-01 09:21:00', '/b'),
  (51, '2024-06-01 09:03:00', '/a');
