INSERT INTO cdc_batch (seq, op, customer_id, email) VALUES
  (42, 'U', 1, 'p2@x.example'),
  (43, 'I', 3, 'r@x.example'),
  (44, 'D', 2, NULL);
