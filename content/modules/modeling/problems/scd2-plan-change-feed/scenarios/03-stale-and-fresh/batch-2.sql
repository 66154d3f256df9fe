-- A redelivery of 52 next to a new change for 20 and a new account 22 that changes three times.
INSERT INTO stg_plan_change (change_id, account_id, plan, changed_at) VALUES
  (52, 20, 'pro',   '2024-06-15 00:00:00'),
  (55, 20, 'free',  '2024-06-20 00:00:00'),
  (58, 22, 'team',  '2024-06-19 00:00:00'),
  (56, 22, 'free',  '2024-06-17 00:00:00'),
  (57, 22, 'basic', '2024-06-18 00:00:00');
