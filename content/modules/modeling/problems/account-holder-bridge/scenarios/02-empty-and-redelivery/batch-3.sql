-- Account 5 changes again.
INSERT INTO stg_extract (as_of) VALUES ('2024-05-20');
INSERT INTO stg_account_holder (account_id, customer_id, role) VALUES
  (5, 50, 'joint'),
  (5, 54, 'primary');
