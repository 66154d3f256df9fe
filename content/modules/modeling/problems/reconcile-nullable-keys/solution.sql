-- A full outer join written as two LEFT JOINs: every source key with its target partner (if any),
-- then the target keys that no source row matched. `IS` compares NULL to NULL as equal, and keeps
-- NULL apart from ''.
SELECT s.account_id, s.sub_account, s.balance_cents AS src_cents, t.balance_cents AS tgt_cents
FROM ledger_src AS s
LEFT JOIN ledger_tgt AS t
  ON t.account_id = s.account_id AND t.sub_account IS s.sub_account
WHERE t.account_id IS NULL OR t.balance_cents <> s.balance_cents
UNION ALL
SELECT t.account_id, t.sub_account, NULL, t.balance_cents
FROM ledger_tgt AS t
LEFT JOIN ledger_src AS s
  ON s.account_id = t.account_id AND s.sub_account IS t.sub_account
WHERE s.account_id IS NULL;
