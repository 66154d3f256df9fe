-- The full rebuild the increments must agree with. The grader provides all_new_orders(batch_no,
-- order_id, restaurant_id, amount_cents): every batch delivered so far. restaurant_revenue and
-- processed_orders hold the scenario's initial state. An order counts once, with its first delivery.
WITH first_delivery AS (
  SELECT a.order_id, a.restaurant_id, a.amount_cents
  FROM all_new_orders AS a
  WHERE a.batch_no = (SELECT MIN(b.batch_no) FROM all_new_orders AS b WHERE b.order_id = a.order_id)
    AND a.order_id NOT IN (SELECT order_id FROM processed_orders)
),
contributions AS (
  SELECT restaurant_id, revenue_cents, orders FROM restaurant_revenue
  UNION ALL
  SELECT restaurant_id, amount_cents, 1 FROM first_delivery
)
SELECT restaurant_id, SUM(revenue_cents), SUM(orders)
FROM contributions
GROUP BY restaurant_id;
