-- Hal: an edit made in the same second as the stored one, received later (greater id): newer.
-- Gus: an edit made on an offline phone the day before, uploaded now: greater id, older time.
INSERT INTO customer_edits (edit_id, customer_id, phone, email, edited_at) VALUES
  (120, 21, '555-2101', 'hal@example.com', '2024-08-01 12:00:00'),
  (121, 20, '555-2099', 'gus@old.example', '2024-08-01 18:00:00');
