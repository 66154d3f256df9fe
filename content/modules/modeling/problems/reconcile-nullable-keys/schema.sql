CREATE TABLE ledger_src (
  account_id    INTEGER NOT NULL,
  sub_account   TEXT,
  balance_cents INTEGER NOT NULL
);
-- NULL counts as a value: one master row per account, and '' stays apart from NULL.
CREATE UNIQUE INDEX ledger_src_key ON ledger_src (account_id, sub_account IS NULL, IFNULL(sub_account, ''));

CREATE TABLE ledger_tgt (
  account_id    INTEGER NOT NULL,
  sub_account   TEXT,
  balance_cents INTEGER NOT NULL
);
CREATE UNIQUE INDEX ledger_tgt_key ON ledger_tgt (account_id, sub_account IS NULL, IFNULL(sub_account, ''));
