-- A late list for 6 mixed with a fresh one for 7 (new) and an unchanged list for 5 with a later date
-- (only as_of moves).
INSERT INTO stg_account_holder (account_id, customer_id, role, as_of) VALUES
  (6, 50, 'primary', '2024-05-01'),
  (7, 52, 'primary', '2024-05-25'),
  (5, 50, 'joint',   '2024-05-25'),
  (5, 54, 'primary', '2024-05-25');
