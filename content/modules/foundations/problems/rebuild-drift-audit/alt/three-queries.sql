-- Alternative: one query per kind of disagreement, with NOT EXISTS and a correlated sum.
SELECT restaurant_id, expected_cents, actual_cents, issue FROM (
  SELECT o.restaurant_id, SUM(o.amount_cents) AS expected_cents, NULL AS actual_cents, 'MISSING' AS issue
  FROM orders AS o
  WHERE NOT EXISTS (SELECT 1 FROM restaurant_revenue AS r WHERE r.restaurant_id = o.restaurant_id)
  GROUP BY o.restaurant_id
  UNION ALL
  SELECT r.restaurant_id, NULL, r.total_cents, 'UNEXPECTED'
  FROM restaurant_revenue AS r
  WHERE NOT EXISTS (SELECT 1 FROM orders AS o WHERE o.restaurant_id = r.restaurant_id)
  UNION ALL
  SELECT r.restaurant_id,
         (SELECT SUM(o.amount_cents) FROM orders AS o WHERE o.restaurant_id = r.restaurant_id),
         r.total_cents, 'MISMATCH'
  FROM restaurant_revenue AS r
  WHERE EXISTS (SELECT 1 FROM orders AS o WHERE o.restaurant_id = r.restaurant_id)
    AND (r.total_cents IS NULL
         OR r.total_cents <> (SELECT SUM(o.amount_cents) FROM orders AS o
                              WHERE o.restaurant_id = r.restaurant_id))
)
ORDER BY restaurant_id;
