-- The bridge starts empty.
INSERT INTO stg_extract (as_of) VALUES ('2024-09-01');
INSERT INTO stg_account_holder (account_id, customer_id, role) VALUES
  (20, 1, 'primary'),
  (20, 2, 'joint'),
  (21, 2, 'primary');
