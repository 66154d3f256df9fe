-- change_id order is not time order. Account 10: basic -> pro -> pro (repeat) -> basic, i.e. two
-- real changes and a move back. Account 11: a repeat of team, then free. Account 12 is new and
-- changes twice.
INSERT INTO stg_plan_change (change_id, account_id, plan, changed_at) VALUES
  (1, 10, 'basic', '2024-03-03 08:00:00'),
  (2, 12, 'pro',   '2024-03-02 12:00:00'),
  (3, 10, 'pro',   '2024-03-02 08:00:00'),
  (4, 11, 'free',  '2024-03-04 00:00:00'),
  (5, 10, 'pro',   '2024-03-01 08:00:00'),
  (6, 11, 'team',  '2024-03-01 00:00:00'),
  (7, 12, 'free',  '2024-03-01 12:00:00');
