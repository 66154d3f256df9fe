INSERT INTO stg_business_day (business_date) VALUES ('2025-01-03');
INSERT INTO stg_transaction (txn_id, account_id, amount_cents) VALUES
  (6, 20, 1),
  (7, 20, 2),
  (8, 20, 3);
