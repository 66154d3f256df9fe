-- Ana changes her phone; Cy is new.
INSERT INTO customer_edits (edit_id, customer_id, phone, email, edited_at) VALUES
  (20, 1, '555-0101', 'ana@example.com', '2024-06-02 10:00:00'),
  (21, 3, '555-0300', 'cy@example.com',  '2024-06-02 11:00:00');
