-- Ignores the weights: every diagnosis gets the claim's full amount, so a claim with three
-- diagnoses is counted three times and the categories add up to more than was claimed.
SELECT COALESCE(d.category, 'UNASSIGNED') AS category, COUNT(DISTINCT c.claim_id) AS claims,
       SUM(c.amount_cents) AS allocated_cents
FROM fact_claim c
LEFT JOIN bridge_claim_diagnosis b ON b.claim_id = c.claim_id
LEFT JOIN dim_diagnosis d ON d.diagnosis_id = b.diagnosis_id
GROUP BY 1;
