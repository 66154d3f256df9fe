-- Makes the key NULL-safe with COALESCE(sub_account, ''): master rows now match each other, but
-- they also match the real '' sub-account, so an account with both compares the wrong rows.
SELECT s.account_id, s.sub_account, s.balance_cents, t.balance_cents
FROM ledger_src s
LEFT JOIN ledger_tgt t ON t.account_id = s.account_id AND COALESCE(t.sub_account, '') = COALESCE(s.sub_account, '')
WHERE t.account_id IS NULL OR t.balance_cents <> s.balance_cents
UNION ALL
SELECT t.account_id, t.sub_account, NULL, t.balance_cents
FROM ledger_tgt t
LEFT JOIN ledger_src s ON s.account_id = t.account_id AND COALESCE(s.sub_account, '') = COALESCE(t.sub_account, '')
WHERE s.account_id IS NULL;
