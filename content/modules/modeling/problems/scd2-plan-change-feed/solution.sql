-- 1. Drop stale changes; remember the plan in effect before each remaining change (the previous
--    remaining change of the batch, or the current version for the first one).
CREATE TEMP TABLE fresh_change AS
SELECT c.account_id, c.plan, c.changed_at,
       COALESCE(LAG(c.plan) OVER (PARTITION BY c.account_id ORDER BY c.changed_at), cur.plan) AS plan_before
FROM stg_plan_change AS c
LEFT JOIN dim_account AS cur ON cur.account_id = c.account_id AND cur.is_current = 1
WHERE cur.valid_from IS NULL OR c.changed_at > cur.valid_from;

-- 2. Keep the real changes, each with the start of the next one (NULL for the last).
CREATE TEMP TABLE real_change AS
SELECT account_id, plan, changed_at,
       LEAD(changed_at) OVER (PARTITION BY account_id ORDER BY changed_at) AS next_changed_at
FROM fresh_change
WHERE plan IS NOT plan_before;

-- 3. Close each changed account's current version at its first real change...
UPDATE dim_account
SET valid_to = (SELECT MIN(r.changed_at) FROM real_change AS r WHERE r.account_id = dim_account.account_id),
    is_current = 0
WHERE is_current = 1
  AND account_id IN (SELECT account_id FROM real_change);

-- 4. ...and open one version per real change; only the last one stays current.
INSERT INTO dim_account (account_id, plan, valid_from, valid_to, is_current)
SELECT account_id, plan, changed_at, next_changed_at,
       CASE WHEN next_changed_at IS NULL THEN 1 ELSE 0 END
FROM real_change;
