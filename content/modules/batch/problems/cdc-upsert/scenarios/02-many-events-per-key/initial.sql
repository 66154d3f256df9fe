INSERT INTO customers (customer_id, email, updated_seq, is_deleted) VALUES
  (1, 'a1@x.example', 5, 0),
  (2, 'b1@x.example', 6, 0),
  (3, 'c1@x.example', 7, 0);
