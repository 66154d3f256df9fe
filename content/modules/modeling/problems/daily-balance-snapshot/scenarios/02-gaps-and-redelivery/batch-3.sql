-- Monday delivered again after Tuesday was closed: the day is final, nothing changes.
INSERT INTO stg_business_day (business_date) VALUES ('2024-05-06');
INSERT INTO stg_transaction (txn_id, account_id, amount_cents) VALUES
  (1, 8, 150),
  (2, 7, -200),
  (3, 8, 100);
