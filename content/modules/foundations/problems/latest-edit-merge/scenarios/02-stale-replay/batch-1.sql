INSERT INTO customer_edits (edit_id, customer_id, phone, email, edited_at) VALUES
  (1, 10, '555-1000', 'dee@example.com', '2024-07-01 10:00:00'),
  (2, 11, '555-1100', 'eli@example.com', '2024-07-01 10:05:00');
