-- 20 replaces its whole list with one new holder; 21 is not mentioned.
INSERT INTO stg_extract (as_of) VALUES ('2024-09-02');
INSERT INTO stg_account_holder (account_id, customer_id, role) VALUES
  (20, 3, 'primary');
