-- Uses a full outer join but filters with `<>`: when one side is missing the comparison with NULL
-- is unknown, so exactly the one-sided keys are filtered out.
SELECT COALESCE(s.account_id, t.account_id),
       CASE WHEN s.account_id IS NOT NULL THEN s.sub_account ELSE t.sub_account END,
       s.balance_cents, t.balance_cents
FROM ledger_src s
FULL OUTER JOIN ledger_tgt t ON s.account_id = t.account_id AND s.sub_account IS t.sub_account
WHERE s.balance_cents <> t.balance_cents;
