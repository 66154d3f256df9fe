-- Treats every fresh change as real, even one that repeats the plan already in effect: the
-- dimension fills with versions in which nothing changed.
CREATE TEMP TABLE real_change AS
SELECT c.account_id, c.plan, c.changed_at,
       LEAD(c.changed_at) OVER (PARTITION BY c.account_id ORDER BY c.changed_at) AS next_changed_at
FROM stg_plan_change AS c
LEFT JOIN dim_account AS cur ON cur.account_id = c.account_id AND cur.is_current = 1
WHERE cur.valid_from IS NULL OR c.changed_at > cur.valid_from;

UPDATE dim_account
SET valid_to = (SELECT MIN(r.changed_at) FROM real_change AS r WHERE r.account_id = dim_account.account_id),
    is_current = 0
WHERE is_current = 1 AND account_id IN (SELECT account_id FROM real_change);

INSERT INTO dim_account (account_id, plan, valid_from, valid_to, is_current)
SELECT account_id, plan, changed_at, next_changed_at, CASE WHEN next_changed_at IS NULL THEN 1 ELSE 0 END
FROM real_change;
