-- A late upload and a fresh edit for the same new customer in one batch; the late one comes
-- with the greater id.
INSERT INTO customer_edits (edit_id, customer_id, phone, email, edited_at) VALUES
  (130, 23, '555-2301', 'jo@new.example', '2024-08-03 10:00:00'),
  (131, 23, '555-2300', 'jo@old.example', '2024-08-03 07:00:00');
