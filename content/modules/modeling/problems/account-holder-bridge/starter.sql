-- Runs once per extract: stg_extract (as_of, one row) and stg_account_holder (account_id,
-- customer_id, role), the complete holder list of each account it mentions. Replace the list of
-- each account whose bridge rows are older than as_of; leave every other account alone.
INSERT OR IGNORE INTO bridge_account_holder (account_id, customer_id, role, as_of)
SELECT s.account_id, s.customer_id, s.role, e.as_of
FROM stg_account_holder AS s, stg_extract AS e;
