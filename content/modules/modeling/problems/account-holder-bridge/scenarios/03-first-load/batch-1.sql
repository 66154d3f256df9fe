-- The bridge starts empty.
INSERT INTO stg_account_holder (account_id, customer_id, role, as_of) VALUES
  (20, 1, 'primary', '2024-09-01'),
  (20, 2, 'joint',   '2024-09-01'),
  (21, 2, 'primary', '2024-09-01');
