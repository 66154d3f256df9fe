-- Batch 3: nothing arrived. It is still recorded in batch_log, with no greatest event time.
INSERT INTO batch_info (batch_id) VALUES (3);
