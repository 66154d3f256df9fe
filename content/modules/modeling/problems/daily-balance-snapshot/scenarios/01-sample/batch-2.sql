-- Tuesday: account 2 empties its account; 1 and 3 are quiet.
INSERT INTO stg_business_day (business_date) VALUES ('2024-03-05');
INSERT INTO stg_transaction (txn_id, account_id, amount_cents) VALUES
  (14, 2, -5000);
