INSERT INTO customers (customer_id, email, updated_seq, is_deleted) VALUES
  (1, 'p@x.example', 40, 0),
  (2, 'q@x.example', 41, 0);
