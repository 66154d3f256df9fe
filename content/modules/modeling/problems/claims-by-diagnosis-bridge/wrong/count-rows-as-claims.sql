-- Counts bridge rows as claims: a claim with two diagnoses in the same category counts twice there.
SELECT COALESCE(d.category, 'UNASSIGNED') AS category, COUNT(*) AS claims,
       CAST(ROUND(SUM(c.amount_cents * COALESCE(b.weight_bp, 10000)) / 10000.0) AS INTEGER) AS allocated_cents
FROM fact_claim c
LEFT JOIN bridge_claim_diagnosis b ON b.claim_id = c.claim_id
LEFT JOIN dim_diagnosis d ON d.diagnosis_id = b.diagnosis_id
GROUP BY 1;
