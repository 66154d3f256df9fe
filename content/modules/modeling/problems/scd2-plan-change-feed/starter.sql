-- Runs once per batch of plan changes in stg_plan_change (change_id, account_id, plan, changed_at).
-- Ignore stale changes (changed_at <= current valid_from) and changes that repeat the plan in
-- effect; each remaining change, in changed_at order, closes the version in effect and opens one.
INSERT INTO dim_account (account_id, plan, valid_from, valid_to, is_current)
SELECT account_id, plan, changed_at, NULL, 1
FROM stg_plan_change;
