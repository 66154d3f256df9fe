-- Three customers loaded by earlier runs.
INSERT INTO customers (customer_id, email, updated_seq, is_deleted) VALUES
  (1, 'ana@old.example', 10, 0),
  (2, 'ben@example.com', 11, 0),
  (3, 'cy@example.com',  12, 0);
