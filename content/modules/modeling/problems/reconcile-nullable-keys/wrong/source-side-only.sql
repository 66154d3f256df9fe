-- Left-joins from the source only: keys that exist only in the target are never reported.
SELECT s.account_id, s.sub_account, s.balance_cents, t.balance_cents
FROM ledger_src s
LEFT JOIN ledger_tgt t ON t.account_id = s.account_id AND t.sub_account IS s.sub_account
WHERE t.account_id IS NULL OR t.balance_cents <> s.balance_cents;
