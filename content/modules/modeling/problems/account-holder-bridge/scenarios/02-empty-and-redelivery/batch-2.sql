-- Account 5 loses two holders and keeps 50, whose role is unchanged; account 6 changes primary.
INSERT INTO stg_extract (as_of) VALUES ('2024-05-10');
INSERT INTO stg_account_holder (account_id, customer_id, role) VALUES
  (5, 50, 'primary'),
  (6, 53, 'primary'),
  (6, 50, 'joint');
