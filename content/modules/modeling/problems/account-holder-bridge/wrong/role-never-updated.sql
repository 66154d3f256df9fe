-- Adds new pairs with INSERT OR IGNORE and removes departed ones, but a holder who stays keeps the
-- old row: role changes are lost and the account's rows disagree on as_of.
CREATE TEMP TABLE newer_account AS
SELECT DISTINCT s.account_id, e.as_of FROM stg_account_holder AS s, stg_extract AS e
WHERE NOT EXISTS (SELECT 1 FROM bridge_account_holder AS b WHERE b.account_id = s.account_id AND b.as_of >= e.as_of);

DELETE FROM bridge_account_holder
WHERE account_id IN (SELECT account_id FROM newer_account)
  AND NOT EXISTS (SELECT 1 FROM stg_account_holder AS s
                  WHERE s.account_id = bridge_account_holder.account_id AND s.customer_id = bridge_account_holder.customer_id);

INSERT OR IGNORE INTO bridge_account_holder (account_id, customer_id, role, as_of)
SELECT s.account_id, s.customer_id, s.role, n.as_of
FROM stg_account_holder AS s JOIN newer_account AS n ON n.account_id = s.account_id;
