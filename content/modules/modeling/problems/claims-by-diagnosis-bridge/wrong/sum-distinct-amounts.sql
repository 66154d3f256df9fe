-- Tries to undo the fan-out with SUM(DISTINCT amount_cents): two different claims of the same
-- amount collapse into one.
SELECT COALESCE(d.category, 'UNASSIGNED') AS category, COUNT(DISTINCT c.claim_id) AS claims,
       SUM(DISTINCT c.amount_cents) AS allocated_cents
FROM fact_claim c
LEFT JOIN bridge_claim_diagnosis b ON b.claim_id = c.claim_id
LEFT JOIN dim_diagnosis d ON d.diagnosis_id = b.diagnosis_id
GROUP BY 1;
