INSERT INTO cdc_batch (seq, op, customer_id, email) VALUES
  (50, 'U', 3, 'r2@x.example'),
  (51, 'I', 2, 'q2@x.example');
