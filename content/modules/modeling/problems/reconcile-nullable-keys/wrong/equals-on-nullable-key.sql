-- Joins with `=` on the nullable sub_account: NULL = NULL is unknown, so every master account
-- fails to match itself and is reported missing on both sides.
SELECT s.account_id, s.sub_account, s.balance_cents, t.balance_cents
FROM ledger_src s
LEFT JOIN ledger_tgt t ON t.account_id = s.account_id AND t.sub_account = s.sub_account
WHERE t.account_id IS NULL OR t.balance_cents <> s.balance_cents
UNION ALL
SELECT t.account_id, t.sub_account, NULL, t.balance_cents
FROM ledger_tgt t
LEFT JOIN ledger_src s ON s.account_id = t.account_id AND s.sub_account = t.sub_account
WHERE s.account_id IS NULL;
