-- A fresh list for 7 (new) and an unchanged list for 5 with a later date (only as_of moves).
INSERT INTO stg_extract (as_of) VALUES ('2024-05-25');
INSERT INTO stg_account_holder (account_id, customer_id, role) VALUES
  (7, 52, 'primary'),
  (5, 50, 'joint'),
  (5, 54, 'primary');
