-- Account 1: 11 leaves, 13 joins. Account 2 is not mentioned (unchanged). Account 3 is new.
INSERT INTO stg_account_holder (account_id, customer_id, role, as_of) VALUES
  (1, 10, 'primary', '2024-02-01'),
  (1, 13, 'joint',   '2024-02-01'),
  (3, 14, 'primary', '2024-02-01'),
  (3, 15, 'joint',   '2024-02-01');
