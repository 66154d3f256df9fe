-- The accounts whose list in this extract is newer than the bridge's (or that are new).
CREATE TEMP TABLE newer_account AS
SELECT DISTINCT s.account_id, e.as_of
FROM stg_account_holder AS s, stg_extract AS e
WHERE NOT EXISTS (
  SELECT 1 FROM bridge_account_holder AS b
  WHERE b.account_id = s.account_id AND b.as_of >= e.as_of
);

-- Replace exactly those accounts' rows: remove the old list...
DELETE FROM bridge_account_holder
WHERE account_id IN (SELECT account_id FROM newer_account);

-- ...and write the new one.
INSERT INTO bridge_account_holder (account_id, customer_id, role, as_of)
SELECT s.account_id, s.customer_id, s.role, n.as_of
FROM stg_account_holder AS s
JOIN newer_account AS n ON n.account_id = s.account_id;
