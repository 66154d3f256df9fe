-- Mistake: marks voids only on orders already in the ledger, so a void that arrives before its
-- order is forgotten and the order is counted when it is placed.
-- 1. Remember every placed order's contribution: its first delivery in the batch, unless the
--    ledger already has it. An order first known from its void has a ledger row with no
--    restaurant yet (voided = 1): fill in restaurant and amount, keep the flag.
INSERT INTO order_ledger (order_id, restaurant_id, amount_cents, voided)
SELECT e.order_id, e.restaurant_id, e.amount_cents, 0
FROM order_events AS e
WHERE e.op = 'place'
  AND e.event_id = (SELECT MIN(f.event_id) FROM order_events AS f
                    WHERE f.op = 'place' AND f.order_id = e.order_id)
ON CONFLICT (order_id) DO UPDATE SET
  restaurant_id = excluded.restaurant_id,
  amount_cents  = excluded.amount_cents
WHERE order_ledger.restaurant_id IS NULL;

-- 2. Mark voids, including voids of orders not placed yet.
UPDATE order_ledger SET voided = 1
WHERE order_id IN (SELECT order_id FROM order_events WHERE op = 'void');

-- 3. The totals are a function of the ledger: rebuild them from it.
DELETE FROM restaurant_revenue;

INSERT INTO restaurant_revenue (restaurant_id, revenue_cents, orders)
SELECT restaurant_id,
       SUM(CASE WHEN voided = 0 THEN amount_cents ELSE 0 END),
       SUM(CASE WHEN voided = 0 THEN 1 ELSE 0 END)
FROM order_ledger
WHERE restaurant_id IS NOT NULL
GROUP BY restaurant_id;
