-- Starts empty. A delete for a customer never seen, and an insert.
INSERT INTO cdc_batch (seq, op, customer_id, email) VALUES
  (1, 'D', 5, NULL),
  (2, 'I', 6, 'six@x.example');
