-- Alternative: no temp table. Fold the uncounted orders with NOT EXISTS, then record every order
-- of the batch in the ledger, letting the primary key ignore the ones already there.
INSERT INTO restaurant_revenue (restaurant_id, revenue_cents, orders)
SELECT n.restaurant_id, SUM(n.amount_cents), COUNT(*)
FROM new_orders AS n
WHERE NOT EXISTS (SELECT 1 FROM processed_orders AS p WHERE p.order_id = n.order_id)
GROUP BY n.restaurant_id
ON CONFLICT (restaurant_id) DO UPDATE SET
  revenue_cents = restaurant_revenue.revenue_cents + excluded.revenue_cents,
  orders        = restaurant_revenue.orders + excluded.orders;

INSERT OR IGNORE INTO processed_orders (order_id)
SELECT order_id FROM new_orders;
