-- The first day ever: the table is empty.
INSERT INTO stg_business_day (business_date) VALUES ('2024-12-30');
INSERT INTO stg_transaction (txn_id, account_id, amount_cents) VALUES
  (1, 20, 5000),
  (2, 21, 250),
  (3, 20, -1000);
