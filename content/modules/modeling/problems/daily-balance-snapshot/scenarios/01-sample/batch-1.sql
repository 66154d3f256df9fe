-- Monday: account 1 moves twice, account 3 opens; account 2 is quiet (carried forward).
INSERT INTO stg_business_day (business_date) VALUES ('2024-03-04');
INSERT INTO stg_transaction (txn_id, account_id, amount_cents) VALUES
  (11, 1, -2500),
  (12, 1,  1000),
  (13, 3,   700);
