-- Mistake: counts each placed order once (a ledger of order ids, as in Incremental revenue) but
-- never takes voided orders back out.
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
