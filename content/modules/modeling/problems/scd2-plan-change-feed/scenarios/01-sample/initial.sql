-- Account 1 has been on basic since January; account 2 on pro since 5 January.
INSERT INTO dim_account (account_sk, account_id, plan, valid_from, valid_to, is_current) VALUES
  (1, 1, 'basic', '2024-01-01 00:00:00', NULL, 1),
  (2, 2, 'pro',   '2024-01-05 12:00:00', NULL, 1);
