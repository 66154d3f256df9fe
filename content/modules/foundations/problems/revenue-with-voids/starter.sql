-- Placed orders are added like in Incremental revenue. What has to happen on a void?
INSERT INTO restaurant_revenue (restaurant_id, revenue_cents, orders)
SELECT restaurant_id, SUM(amount_cents), COUNT(*)
FROM order_events
WHERE op = 'place'
GROUP BY restaurant_id
ON CONFLICT (restaurant_id) DO UPDATE SET
  revenue_cents = revenue_cents + excluded.revenue_cents,
  orders        = orders + excluded.orders;
