-- Adds the whole batch every run, with no memory of what was counted: not idempotent. Running it
-- twice on a batch, or receiving a batch again, counts the same orders twice.
INSERT INTO restaurant_revenue (restaurant_id, revenue_cents, orders)
SELECT restaurant_id, SUM(amount_cents), COUNT(*)
FROM new_orders
GROUP BY restaurant_id
ON CONFLICT (restaurant_id) DO UPDATE SET
  revenue_cents = revenue_cents + excluded.revenue_cents,
  orders        = orders + excluded.orders;
