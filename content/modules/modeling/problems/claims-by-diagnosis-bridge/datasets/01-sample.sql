-- The sample: claim 1 (10,000 cents) is split 50/30/20 over three categories; claim 2 has one
-- cardiac diagnosis. Categories add up to the 30,000 cents claimed.
INSERT INTO fact_claim VALUES (1, 10000), (2, 20000);
INSERT INTO dim_diagnosis VALUES (100, 'cardiac'), (200, 'respiratory'), (300, 'orthopedic');
INSERT INTO bridge_claim_diagnosis VALUES
  (1, 100, 5000), (1, 200, 3000), (1, 300, 2000),
  (2, 100, 10000);
