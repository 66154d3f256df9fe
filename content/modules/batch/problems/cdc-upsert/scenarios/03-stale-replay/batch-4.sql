-- Stale and fresh events mixed: 3's delete is older than its row; 2's update is new; 7 is a new
-- customer whose seq is low (nothing to be stale against, so it is inserted).
INSERT INTO cdc_batch (seq, op, customer_id, email) VALUES
  (35, 'D', 3, NULL),
  (39, 'I', 7, 's@x.example'),
  (60, 'U', 2, 'q3@x.example');
