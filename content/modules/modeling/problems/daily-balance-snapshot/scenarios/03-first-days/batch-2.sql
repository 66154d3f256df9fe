-- Across the new year (a holiday in between has no row); 21 withdraws more than it has.
INSERT INTO stg_business_day (business_date) VALUES ('2025-01-02');
INSERT INTO stg_transaction (txn_id, account_id, amount_cents) VALUES
  (4, 21, -400),
  (5, 22, 100);
