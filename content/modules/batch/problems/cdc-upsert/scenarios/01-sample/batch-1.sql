-- An update, a new customer and a delete.
INSERT INTO cdc_batch (seq, op, customer_id, email) VALUES
  (20, 'U', 1, 'ana@new.example'),
  (21, 'I', 4, 'dee@example.com'),
  (22, 'D', 2, NULL);
