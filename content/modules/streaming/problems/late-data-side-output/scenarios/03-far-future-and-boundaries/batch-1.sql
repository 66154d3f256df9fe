-- Batch 0 is empty: no watermark yet, and its log row has no greatest event time.
INSERT INTO batch_info (batch_id) VALUES (0);
