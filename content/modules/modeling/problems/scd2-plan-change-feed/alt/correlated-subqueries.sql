-- No window functions: each "previous" and "next" is a correlated subquery.
CREATE TEMP TABLE cur AS
SELECT account_id, plan, valid_from FROM dim_account WHERE is_current = 1;

CREATE TEMP TABLE fresh AS
SELECT c.account_id, c.plan, c.changed_at
FROM stg_plan_change AS c
WHERE NOT EXISTS (
  SELECT 1 FROM cur WHERE cur.account_id = c.account_id AND c.changed_at <= cur.valid_from
);

CREATE TEMP TABLE real AS
SELECT f.account_id, f.plan, f.changed_at
FROM fresh AS f
WHERE f.plan IS NOT COALESCE(
  (SELECT p.plan FROM fresh AS p
   WHERE p.account_id = f.account_id AND p.changed_at < f.changed_at
   ORDER BY p.changed_at DESC LIMIT 1),
  (SELECT cur.plan FROM cur WHERE cur.account_id = f.account_id)
);

UPDATE dim_account
SET is_current = 0,
    valid_to = (SELECT MIN(r.changed_at) FROM real AS r WHERE r.account_id = dim_account.account_id)
WHERE is_current = 1
  AND EXISTS (SELECT 1 FROM real AS r WHERE r.account_id = dim_account.account_id);

INSERT INTO dim_account (account_id, plan, valid_from, valid_to, is_current)
SELECT r.account_id, r.plan, r.changed_at, nxt.changed_at, nxt.changed_at IS NULL
FROM real AS r
LEFT JOIN real AS nxt
  ON nxt.account_id = r.account_id
 AND nxt.changed_at = (SELECT MIN(n.changed_at) FROM real AS n
                       WHERE n.account_id = r.account_id AND n.changed_at > r.changed_at);
