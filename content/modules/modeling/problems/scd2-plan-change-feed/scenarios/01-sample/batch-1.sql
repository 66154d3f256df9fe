-- Account 1 changes twice in this batch (basic -> pro -> team); account 3 is new.
INSERT INTO stg_plan_change (change_id, account_id, plan, changed_at) VALUES
  (101, 1, 'pro',  '2024-02-01 10:00:00'),
  (102, 1, 'team', '2024-02-01 15:30:00'),
  (103, 3, 'free', '2024-02-01 11:00:00');
