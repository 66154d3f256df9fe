-- Account 12 moves to team; account 10 changes three times: team, team again (a repeat), pro.
INSERT INTO stg_plan_change (change_id, account_id, plan, changed_at) VALUES
  (8,  10, 'pro',  '2024-03-09 00:00:00'),
  (9,  12, 'team', '2024-03-08 00:00:00'),
  (10, 10, 'team', '2024-03-08 00:00:00'),
  (11, 10, 'team', '2024-03-08 06:00:00');
