INSERT INTO bridge_account_holder (account_id, customer_id, role, as_of) VALUES
  (5, 50, 'primary', '2024-05-01'),
  (5, 51, 'joint',   '2024-05-01'),
  (5, 52, 'joint',   '2024-05-01'),
  (6, 50, 'primary', '2024-04-15');
