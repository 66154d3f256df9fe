-- The sample: account 1's master row agrees on both sides (no row); account 1 / 'EUR' differs;
-- account 2's master row is missing from the target. Nothing is missing from the source.
INSERT INTO ledger_src VALUES (1, NULL, 5000), (1, 'EUR', 1200), (2, NULL, 300);
INSERT INTO ledger_tgt VALUES (1, NULL, 5000), (1, 'EUR', 1250);
