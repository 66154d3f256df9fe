-- Two customers merged by earlier runs.
INSERT INTO customers (customer_id, phone, email, updated_at, last_edit_id) VALUES
  (1, '555-0100', 'ana@example.com', '2024-06-01 08:00:00', 10),
  (2, '555-0200', 'ben@example.com', '2024-06-01 09:00:00', 11);
