-- Rounding: claim 20 is split in thirds (3333 / 3333 / 3334 bp) and claims 21 and 22 each put 2.5
-- cents into 'lab' (25 cents * 1000 bp). 'lab' is 33.33 + 2.5 + 2.5 = 38.33 -> 38 rounded once;
-- rounded per bridge row it would be 33 + 3 + 3 = 39. Every claim here is coded.
INSERT INTO fact_claim VALUES (20, 100), (21, 25), (22, 25);
INSERT INTO dim_diagnosis VALUES (1, 'lab'), (2, 'imaging'), (3, 'consult');
INSERT INTO bridge_claim_diagnosis VALUES
  (20, 1, 3333), (20, 2, 3333), (20, 3, 3334),
  (21, 1, 1000), (21, 3, 9000),
  (22, 1, 1000), (22, 2, 9000);
