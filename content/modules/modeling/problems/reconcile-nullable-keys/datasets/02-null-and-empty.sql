-- Account 7 has a master row (NULL) and a sub-account named '' on both sides with different
-- balances: COALESCE(sub_account, '') would merge them. Account 8's master agrees; account 9's
-- master differs; account 10 / 'USD' exists only in the target.
INSERT INTO ledger_src VALUES
  (7, NULL, 100), (7, '', 200),
  (8, NULL, 50),
  (9, NULL, 70);
INSERT INTO ledger_tgt VALUES
  (7, NULL, 100), (7, '', 250),
  (8, NULL, 50),
  (9, NULL, 75),
  (10, 'USD', 900);
