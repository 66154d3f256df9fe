-- Ben edits twice; the newer edit (09:20) is listed first. His later edit removes the phone.
INSERT INTO customer_edits (edit_id, customer_id, phone, email, edited_at) VALUES
  (31, 2, NULL,       'ben@new.example', '2024-06-03 09:20:00'),
  (30, 2, '555-0201', 'ben@example.com', '2024-06-03 09:00:00');
