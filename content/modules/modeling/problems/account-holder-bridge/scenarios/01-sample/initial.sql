-- Account 1 is held jointly by 10 and 11; account 2 by 12 alone.
INSERT INTO bridge_account_holder (account_id, customer_id, role, as_of) VALUES
  (1, 10, 'primary', '2024-01-01'),
  (1, 11, 'joint',   '2024-01-01'),
  (2, 12, 'primary', '2024-01-01');
