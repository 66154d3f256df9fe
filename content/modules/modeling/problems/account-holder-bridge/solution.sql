-- The accounts whose list in this batch is newer than the bridge's (or that are new).
CREATE TEMP TABLE newer_account AS
SELECT DISTINCT s.account_id
FROM stg_account_holder AS s
WHERE NOT EXISTS (
  SELECT 1 FROM bridge_account_holder AS b
  WHERE b.account_id = s.account_id AND b.as_of >= s.as_of
);

-- Replace exactly those accounts' rows: remove the old list...
DELETE FROM bridge_account_holder
WHERE account_id IN (SELECT account_id FROM newer_account);

-- ...and write the new one.
INSERT INTO bridge_account_holder (account_id, customer_id, role, as_of)
SELECT s.account_id, s.customer_id, s.role, s.as_of
FROM stg_account_holder AS s
WHERE s.account_id IN (SELECT account_id FROM newer_account);
