-- Keys missing on each side, including a master row only in the source and a '' sub-account only
-- in the target (an account may have '' without a master row); the rest agree.
INSERT INTO ledger_src VALUES
  (20, NULL, 10), (20, 'A', 20),
  (21, NULL, 30),
  (22, 'B', 40);
INSERT INTO ledger_tgt VALUES
  (20, 'A', 20),
  (21, '', 30),
  (22, 'B', 40), (22, NULL, 0);
