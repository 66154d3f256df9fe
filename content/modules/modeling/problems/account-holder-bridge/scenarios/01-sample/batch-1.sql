-- Account 1: 11 leaves, 13 joins. Account 2 is not mentioned (unchanged). Account 3 is new.
INSERT INTO stg_extract (as_of) VALUES ('2024-02-01');
INSERT INTO stg_account_holder (account_id, customer_id, role) VALUES
  (1, 10, 'primary'),
  (1, 13, 'joint'),
  (3, 14, 'primary'),
  (3, 15, 'joint');
