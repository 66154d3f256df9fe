-- Row by row instead of delete-and-reload: remove the departed holders of newer accounts, then
-- upsert the listed ones. Newer is judged before anything is written, from a snapshot of as_of.
CREATE TEMP TABLE bridge_as_of AS
SELECT account_id, MAX(as_of) AS as_of FROM bridge_account_holder GROUP BY account_id;

CREATE TEMP TABLE incoming AS
SELECT s.account_id, s.customer_id, s.role, e.as_of
FROM stg_account_holder AS s
CROSS JOIN stg_extract AS e
LEFT JOIN bridge_as_of AS a ON a.account_id = s.account_id
WHERE a.account_id IS NULL OR e.as_of > a.as_of;

DELETE FROM bridge_account_holder
WHERE account_id IN (SELECT account_id FROM incoming)
  AND NOT EXISTS (SELECT 1 FROM incoming AS i
                  WHERE i.account_id = bridge_account_holder.account_id
                    AND i.customer_id = bridge_account_holder.customer_id);

INSERT INTO bridge_account_holder (account_id, customer_id, role, as_of)
SELECT account_id, customer_id, role, as_of FROM incoming WHERE true
ON CONFLICT (account_id, customer_id) DO UPDATE SET role = excluded.role, as_of = excluded.as_of;
