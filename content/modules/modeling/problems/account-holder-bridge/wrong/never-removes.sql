-- Upserts the listed holders but never removes the ones who left: a bridge only ever grows, and
-- a departed joint holder keeps sharing the account's balance in every report.
INSERT INTO bridge_account_holder (account_id, customer_id, role, as_of)
SELECT s.account_id, s.customer_id, s.role, e.as_of
FROM stg_account_holder AS s, stg_extract AS e
WHERE NOT EXISTS (SELECT 1 FROM bridge_account_holder AS b
                  WHERE b.account_id = s.account_id AND b.as_of >= e.as_of)
ON CONFLICT (account_id, customer_id) DO UPDATE SET role = excluded.role, as_of = excluded.as_of;

UPDATE bridge_account_holder
SET as_of = (SELECT MAX(b.as_of) FROM bridge_account_holder AS b WHERE b.account_id = bridge_account_holder.account_id);
