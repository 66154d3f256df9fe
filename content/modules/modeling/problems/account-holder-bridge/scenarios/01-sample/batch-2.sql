-- Account 2 gains a joint holder; account 3 swaps roles.
INSERT INTO stg_extract (as_of) VALUES ('2024-03-01');
INSERT INTO stg_account_holder (account_id, customer_id, role) VALUES
  (2, 12, 'primary'),
  (2, 10, 'joint'),
  (3, 14, 'joint'),
  (3, 15, 'primary');
