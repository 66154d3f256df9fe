-- Replaces every listed account without comparing as_of: a late or redelivered extract rolls the
-- account back to holders it no longer has.
DELETE FROM bridge_account_holder
WHERE account_id IN (SELECT account_id FROM stg_account_holder)
  AND EXISTS (SELECT 1 FROM stg_extract);

INSERT INTO bridge_account_holder (account_id, customer_id, role, as_of)
SELECT s.account_id, s.customer_id, s.role, e.as_of
FROM stg_account_holder AS s, stg_extract AS e;
