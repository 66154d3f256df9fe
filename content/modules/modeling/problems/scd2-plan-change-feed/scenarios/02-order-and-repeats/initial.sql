-- Account 10 has history; 11 is on team.
INSERT INTO dim_account (account_sk, account_id, plan, valid_from, valid_to, is_current) VALUES
  (1, 10, 'free',  '2023-05-01 00:00:00', '2023-09-01 00:00:00', 0),
  (2, 10, 'basic', '2023-09-01 00:00:00', NULL, 1),
  (3, 11, 'team',  '2023-06-01 00:00:00', NULL, 1);
