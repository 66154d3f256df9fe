-- Rounds every bridge row's share before adding them up: the half cents of many rows each round
-- up, so a category can gain cents the statement's single rounding does not give it.
SELECT COALESCE(d.category, 'UNASSIGNED') AS category, COUNT(DISTINCT c.claim_id) AS claims,
       SUM(CAST(ROUND(c.amount_cents * COALESCE(b.weight_bp, 10000) / 10000.0) AS INTEGER)) AS allocated_cents
FROM fact_claim c
LEFT JOIN bridge_claim_diagnosis b ON b.claim_id = c.claim_id
LEFT JOIN dim_diagnosis d ON d.diagnosis_id = b.diagnosis_id
GROUP BY 1;
