-- Account 2 "changes" to the plan it is already on (nothing happens); account 3 upgrades.
INSERT INTO stg_plan_change (change_id, account_id, plan, changed_at) VALUES
  (104, 2, 'pro',   '2024-02-02 09:00:00'),
  (105, 3, 'basic', '2024-02-02 09:30:00');
