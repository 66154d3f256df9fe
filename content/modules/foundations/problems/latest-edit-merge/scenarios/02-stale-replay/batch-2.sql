-- Dee changes her email. Three edits for Eli, the oldest physically last.
INSERT INTO customer_edits (edit_id, customer_id, phone, email, edited_at) VALUES
  (3, 10, '555-1000', 'dee@new.example', '2024-07-02 10:00:00'),
  (5, 11, '555-1102', 'eli@example.com', '2024-07-02 12:00:00'),
  (6, 11, '555-1103', 'eli@example.com', '2024-07-02 13:00:00'),
  (4, 11, '555-1101', 'eli@example.com', '2024-07-02 11:00:00');
