-- Deletes every bridge row missing from the extract, not just the rows of the accounts it lists:
-- accounts the extract never mentioned lose their holders — and an extract that lists no account
-- empties the whole bridge.
DELETE FROM bridge_account_holder
WHERE EXISTS (SELECT 1 FROM stg_extract AS e WHERE e.as_of > bridge_account_holder.as_of)
  AND NOT EXISTS (SELECT 1 FROM stg_account_holder AS s
                  WHERE s.account_id = bridge_account_holder.account_id
                    AND s.customer_id = bridge_account_holder.customer_id);

INSERT INTO bridge_account_holder (account_id, customer_id, role, as_of)
SELECT s.account_id, s.customer_id, s.role, e.as_of
FROM stg_account_holder AS s, stg_extract AS e
WHERE true
ON CONFLICT (account_id, customer_id) DO UPDATE SET role = excluded.role, as_of = excluded.as_of
WHERE excluded.as_of > bridge_account_holder.as_of;
