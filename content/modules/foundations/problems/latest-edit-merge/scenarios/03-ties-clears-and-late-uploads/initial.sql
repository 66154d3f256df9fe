-- Gus and Hal were merged earlier; Ida holds a phone and an email.
INSERT INTO customers (customer_id, phone, email, updated_at, last_edit_id) VALUES
  (20, '555-2000', 'gus@example.com', '2024-08-01 12:00:00', 100),
  (21, '555-2100', 'hal@example.com', '2024-08-01 12:00:00', 101),
  (22, '555-2200', 'ida@example.com', '2024-08-01 12:00:00', 102);
