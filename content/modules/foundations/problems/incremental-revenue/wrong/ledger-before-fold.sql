-- Records the batch in the ledger before adding it, so the add finds every order already
-- "processed" and nothing is ever counted.
INSERT OR IGNORE INTO processed_orders (order_id) SELECT order_id FROM new_orders;

INSERT INTO restaurant_revenue (restaurant_id, revenue_cents, orders)
SELECT restaurant_id, SUM(amount_cents), COUNT(*)
FROM new_orders
WHERE order_id NOT IN (SELECT order_id FROM processed_orders)
GROUP BY restaurant_id
ON CONFLICT (restaurant_id) DO UPDATE SET
  revenue_cents = revenue_cents + excluded.revenue_cents,
  orders        = orders + excluded.orders;
