-- Alternative: coded claims per category from the bridge, plus uncoded claims found with NOT EXISTS,
-- stacked with UNION ALL. Claims per category are counted from a DISTINCT (category, claim) list.
WITH coded AS (
  SELECT d.category, b.claim_id, SUM(c.amount_cents * b.weight_bp) AS units
  FROM bridge_claim_diagnosis b
  JOIN fact_claim c ON c.claim_id = b.claim_id
  JOIN dim_diagnosis d ON d.diagnosis_id = b.diagnosis_id
  GROUP BY d.category, b.claim_id
)
SELECT category, COUNT(*) AS claims, CAST(ROUND(SUM(units) / 10000.0) AS INTEGER) AS allocated_cents
FROM coded
GROUP BY category
UNION ALL
SELECT 'UNASSIGNED', COUNT(*), SUM(c.amount_cents)
FROM fact_claim c
WHERE NOT EXISTS (SELECT 1 FROM bridge_claim_diagnosis b WHERE b.claim_id = c.claim_id)
HAVING COUNT(*) > 0;
