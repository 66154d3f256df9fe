-- Mistake: an inner join only sees restaurants on both sides, so MISSING and UNEXPECTED rows
-- are never reported.
WITH expected AS (
  SELECT restaurant_id, SUM(amount_cents) AS expected_cents
  FROM orders
  GROUP BY restaurant_id
)
SELECT COALESCE(e.restaurant_id, r.restaurant_id) AS restaurant_id,
       e.expected_cents,
       r.total_cents AS actual_cents,
       CASE WHEN r.restaurant_id IS NULL THEN 'MISSING'
            WHEN e.restaurant_id IS NULL THEN 'UNEXPECTED'
            ELSE 'MISMATCH'
       END AS issue
FROM expected AS e
JOIN restaurant_revenue AS r ON r.restaurant_id = e.restaurant_id
WHERE r.restaurant_id IS NULL
   OR e.restaurant_id IS NULL
   OR r.total_cents IS NOT e.expected_cents
ORDER BY 1;
