-- 5 is inserted over its tombstone; 6 is deleted (keeps its email); 7 is another unknown delete.
INSERT INTO cdc_batch (seq, op, customer_id, email) VALUES
  (3, 'I', 5, 'five@x.example'),
  (4, 'D', 6, NULL),
  (5, 'D', 7, NULL);
