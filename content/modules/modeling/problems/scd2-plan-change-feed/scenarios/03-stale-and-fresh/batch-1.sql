-- Account 20: a late change from before its current version (stale), one exactly at its
-- valid_from (stale), and a fresh one. Account 21: a fresh change to the plan it is on (a repeat),
-- then a real one.
INSERT INTO stg_plan_change (change_id, account_id, plan, changed_at) VALUES
  (50, 20, 'free',  '2024-06-05 00:00:00'),
  (51, 20, 'team',  '2024-06-10 00:00:00'),
  (52, 20, 'pro',   '2024-06-15 00:00:00'),
  (53, 21, 'team',  '2024-06-14 00:00:00'),
  (54, 21, 'basic', '2024-06-16 00:00:00');
