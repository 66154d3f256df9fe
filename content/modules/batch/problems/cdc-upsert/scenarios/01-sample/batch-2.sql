-- The deleted customer comes back; customer 3 changes twice in one batch (the later event wins).
INSERT INTO cdc_batch (seq, op, customer_id, email) VALUES
  (30, 'I', 2, 'ben@home.example'),
  (31, 'U', 3, 'cy@work.example'),
  (32, 'U', 3, 'cy@home.example');
