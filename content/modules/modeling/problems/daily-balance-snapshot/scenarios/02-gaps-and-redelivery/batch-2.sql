INSERT INTO stg_business_day (business_date) VALUES ('2024-05-07');
INSERT INTO stg_transaction (txn_id, account_id, amount_cents) VALUES
  (4, 9, 900);
