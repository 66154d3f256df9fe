-- Gus: two edits in the same second; the greater edit_id (111) wins although it is listed first.
-- Ida removes both her phone and her email.
INSERT INTO customer_edits (edit_id, customer_id, phone, email, edited_at) VALUES
  (111, 20, '555-2002', 'gus@b.example', '2024-08-02 09:00:00'),
  (110, 20, '555-2001', 'gus@a.example', '2024-08-02 09:00:00'),
  (112, 22, NULL,       NULL,            '2024-08-02 09:30:00');
