-- Claim 12 has no diagnosis yet ('UNASSIGNED'). Claims 10 and 11 have the same amount and both
-- go fully to 'renal' (SUM(DISTINCT) would keep one). Claim 13's two diagnoses share a category:
-- one claim there, allocated 7000 + 3000 bp of it. Unequal weights (not an even split).
INSERT INTO fact_claim VALUES (10, 5000), (11, 5000), (12, 7777), (13, 9000), (14, 400);
INSERT INTO dim_diagnosis VALUES (1, 'renal'), (2, 'cardiac'), (3, 'cardiac'), (4, 'skin');
INSERT INTO bridge_claim_diagnosis VALUES
  (10, 1, 10000),
  (11, 1, 10000),
  (13, 2, 7000), (13, 3, 3000),
  (14, 4, 9000), (14, 1, 1000);
