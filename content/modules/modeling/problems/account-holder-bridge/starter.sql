-- Runs once per batch in stg_account_holder (account_id, customer_id, role, as_of): the complete
-- holder list of each account it mentions. Replace the list of each account whose as_of is newer
-- than the bridge's; leave every other account alone.
INSERT OR IGNORE INTO bridge_account_holder (account_id, customer_id, role, as_of)
SELECT account_id, customer_id, role, as_of
FROM stg_account_holder;
