-- Replaces every listed account without comparing as_of: a late or redelivered list rolls the
-- account back to holders it no longer has.
DELETE FROM bridge_account_holder
WHERE account_id IN (SELECT account_id FROM stg_account_holder);

INSERT INTO bridge_account_holder (account_id, customer_id, role, as_of)
SELECT account_id, customer_id, role, as_of FROM stg_account_holder;
