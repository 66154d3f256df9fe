-- Mistake: subtracts a voided order's amount every time a void event is seen, with no record of
-- which voids were already applied, so a redelivered void takes the amount out twice.
INSERT INTO restaurant_revenue (restaurant_id, revenue_cents, orders)
SELECT restaurant_id, SUM(amount_cents), COUNT(*)
FROM (SELECT DISTINCT order_id, restaurant_id, amount_cents FROM order_events AS e
      WHERE op = 'place'
        AND NOT EXISTS (SELECT 1 FROM order_ledger AS l WHERE l.order_id = e.order_id))
WHERE true
GROUP BY restaurant_id
ON CONFLICT (restaurant_id) DO UPDATE SET
  revenue_cents = revenue_cents + excluded.revenue_cents,
  orders        = orders + excluded.orders;

INSERT OR IGNORE INTO order_ledger (order_id, restaurant_id, amount_cents, voided)
SELECT order_id, restaurant_id, amount_cents, 0 FROM order_events WHERE op = 'place';

UPDATE restaurant_revenue
SET revenue_cents = revenue_cents - COALESCE((
      SELECT SUM(l.amount_cents) FROM order_events AS e
      JOIN order_ledger AS l ON l.order_id = e.order_id
      WHERE e.op = 'void' AND l.restaurant_id = restaurant_revenue.restaurant_id), 0),
    orders = orders - (
      SELECT COUNT(*) FROM order_events AS e
      JOIN order_ledger AS l ON l.order_id = e.order_id
      WHERE e.op = 'void' AND l.restaurant_id = restaurant_revenue.restaurant_id);

UPDATE order_ledger SET voided = 1
WHERE order_id IN (SELECT order_id FROM order_events WHERE op = 'void');
