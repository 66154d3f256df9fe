-- A business day with no transactions: every account is carried forward with txn_count 0.
INSERT INTO stg_business_day (business_date) VALUES ('2024-05-08');
