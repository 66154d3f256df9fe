-- Alternative: a real FULL OUTER JOIN (SQLite 3.39 and later) with the standard
-- IS NOT DISTINCT FROM, then keep the rows where the two balances are distinct (NULL-aware too).
SELECT COALESCE(s.account_id, t.account_id) AS account_id,
       CASE WHEN s.account_id IS NOT NULL THEN s.sub_account ELSE t.sub_account END AS sub_account,
       s.balance_cents AS src_cents,
       t.balance_cents AS tgt_cents
FROM ledger_src AS s
FULL OUTER JOIN ledger_tgt AS t
  ON s.account_id = t.account_id AND s.sub_account IS NOT DISTINCT FROM t.sub_account
WHERE s.balance_cents IS DISTINCT FROM t.balance_cents;
