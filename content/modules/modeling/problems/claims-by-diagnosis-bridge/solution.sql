-- Weighted allocation: each bridge row carries amount * weight of its claim, so a claim's rows add
-- up to the claim once. The integer sum is divided and rounded once per category. Uncoded claims
-- survive the LEFT JOIN with a NULL bridge and go, whole, to 'UNASSIGNED'.
SELECT COALESCE(d.category, 'UNASSIGNED') AS category,
       COUNT(DISTINCT c.claim_id)          AS claims,
       CAST(ROUND(SUM(CASE WHEN b.claim_id IS NULL THEN c.amount_cents * 10000
                           ELSE c.amount_cents * b.weight_bp END) / 10000.0) AS INTEGER) AS allocated_cents
FROM fact_claim AS c
LEFT JOIN bridge_claim_diagnosis AS b ON b.claim_id = c.claim_id
LEFT JOIN dim_diagnosis AS d ON d.diagnosis_id = b.diagnosis_id
GROUP BY COALESCE(d.category, 'UNASSIGNED');
