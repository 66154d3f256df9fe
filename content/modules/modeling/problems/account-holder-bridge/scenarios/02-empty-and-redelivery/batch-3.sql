-- Account 5 changes again.
INSERT INTO stg_account_holder (account_id, customer_id, role, as_of) VALUES
  (5, 50, 'joint',   '2024-05-20'),
  (5, 54, 'primary', '2024-05-20');
