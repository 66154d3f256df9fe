-- Keys in only one table, or in both with different balances; NULL sub_account = master account.
-- Columns: account_id, sub_account, src_cents, tgt_cents
SELECT s.account_id, s.sub_account, s.balance_cents AS src_cents, t.balance_cents AS tgt_cents
FROM ledger_src AS s
JOIN ledger_tgt AS t ON t.account_id = s.account_id AND t.sub_account = s.sub_account
WHERE t.balance_cents <> s.balance_cents;
