-- The same redelivery again, next to a genuinely new customer.
INSERT INTO customer_edits (edit_id, customer_id, phone, email, edited_at) VALUES
  (2, 11, '555-1100', 'eli@example.com', '2024-07-01 10:05:00'),
  (7, 12, NULL,       'fay@example.com', '2024-07-03 08:00:00');
