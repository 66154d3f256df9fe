-- Starts from the bridge (an inner join): claims that have not been coded yet vanish, and the
-- categories no longer add up to the claims total.
SELECT d.category, COUNT(DISTINCT c.claim_id) AS claims,
       CAST(ROUND(SUM(c.amount_cents * b.weight_bp) / 10000.0) AS INTEGER) AS allocated_cents
FROM fact_claim c
JOIN bridge_claim_diagnosis b ON b.claim_id = c.claim_id
JOIN dim_diagnosis d ON d.diagnosis_id = b.diagnosis_id
GROUP BY 1;
