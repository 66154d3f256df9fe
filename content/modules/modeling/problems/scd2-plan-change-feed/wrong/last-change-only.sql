-- Collapses the batch to each account's latest change, as for an upsert: when an account changes
-- twice in one batch, the intermediate version is lost from the history.
CREATE TEMP TABLE last_change AS
SELECT c.account_id, c.plan, c.changed_at
FROM stg_plan_change AS c
WHERE c.changed_at = (SELECT MAX(x.changed_at) FROM stg_plan_change AS x WHERE x.account_id = c.account_id)
  AND NOT EXISTS (SELECT 1 FROM dim_account AS d
                  WHERE d.account_id = c.account_id AND d.is_current = 1
                    AND (c.changed_at <= d.valid_from OR c.plan = d.plan));

UPDATE dim_account
SET valid_to = (SELECT l.changed_at FROM last_change AS l WHERE l.account_id = dim_account.account_id),
    is_current = 0
WHERE is_current = 1 AND account_id IN (SELECT account_id FROM last_change);

INSERT INTO dim_account (account_id, plan, valid_from, valid_to, is_current)
SELECT account_id, plan, changed_at, NULL, 1 FROM last_change;
