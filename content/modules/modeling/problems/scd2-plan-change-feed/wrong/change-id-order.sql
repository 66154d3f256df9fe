-- Orders an account's changes by change_id, the delivery number, instead of changed_at: when the
-- feed delivers changes out of time order, "the plan before" and "the next change" are wrong.
CREATE TEMP TABLE fresh_change AS
SELECT c.account_id, c.plan, c.changed_at,
       COALESCE(LAG(c.plan) OVER (PARTITION BY c.account_id ORDER BY c.change_id), cur.plan) AS plan_before,
       c.change_id
FROM stg_plan_change AS c
LEFT JOIN dim_account AS cur ON cur.account_id = c.account_id AND cur.is_current = 1
WHERE cur.valid_from IS NULL OR c.changed_at > cur.valid_from;

CREATE TEMP TABLE real_change AS
SELECT account_id, plan, changed_at,
       LEAD(changed_at) OVER (PARTITION BY account_id ORDER BY change_id) AS next_changed_at,
       change_id
FROM fresh_change
WHERE plan IS NOT plan_before;

UPDATE dim_account
SET valid_to = (SELECT r.changed_at FROM real_change AS r WHERE r.account_id = dim_account.account_id
                ORDER BY r.change_id LIMIT 1),
    is_current = 0
WHERE is_current = 1 AND account_id IN (SELECT account_id FROM real_change);

INSERT INTO dim_account (account_id, plan, valid_from, valid_to, is_current)
SELECT account_id, plan, changed_at, next_changed_at, CASE WHEN next_changed_at IS NULL THEN 1 ELSE 0 END
FROM real_change;
