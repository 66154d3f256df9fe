WITH expected AS (
  SELECT restaurant_id, SUM(amount_cents) AS expected_cents
  FROM orders
  GROUP BY restaurant_id
)
SELECT e.restaurant_id, e.expected_cents, r.total_cents AS actual_cents, 'MISMATCH' AS issue
FROM expected AS e
JOIN restaurant_revenue AS r ON r.restaurant_id = e.restaurant_id
ORDER BY e.restaurant_id;
