-- Only the orders never counted before.
CREATE TEMP TABLE fresh_orders AS
SELECT n.order_id, n.restaurant_id, n.amount_cents
FROM new_orders AS n
WHERE n.order_id NOT IN (SELECT order_id FROM processed_orders);

-- Add them to the totals; a restaurant's first counted order creates its row.
INSERT INTO restaurant_revenue (restaurant_id, revenue_cents, orders)
SELECT restaurant_id, SUM(amount_cents), COUNT(*)
FROM fresh_orders
WHERE true
GROUP BY restaurant_id
ON CONFLICT (restaurant_id) DO UPDATE SET
  revenue_cents = revenue_cents + excluded.revenue_cents,
  orders        = orders + excluded.orders;

-- Remember them, so a redelivery finds nothing new.
INSERT INTO processed_orders (order_id)
SELECT order_id FROM fresh_orders;
