INSERT INTO dim_account (account_sk, account_id, plan, valid_from, valid_to, is_current) VALUES
  (5, 20, 'basic', '2024-06-10 00:00:00', NULL, 1),
  (6, 21, 'pro',   '2024-06-01 00:00:00', '2024-06-12 00:00:00', 0),
  (7, 21, 'team',  '2024-06-12 00:00:00', NULL, 1);
