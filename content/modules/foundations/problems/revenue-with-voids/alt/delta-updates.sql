-- Alternative: truly incremental. Work out which orders change status in this run, apply their
-- contributions as deltas to the totals, and only then update the ledger.
CREATE TEMP TABLE new_places AS
SELECT e.order_id, e.restaurant_id, e.amount_cents
FROM order_events AS e
WHERE e.op = 'place'
  AND NOT EXISTS (SELECT 1 FROM order_events AS f
                  WHERE f.op = 'place' AND f.order_id = e.order_id AND f.event_id < e.event_id)
  AND NOT EXISTS (SELECT 1 FROM order_ledger AS l
                  WHERE l.order_id = e.order_id AND l.restaurant_id IS NOT NULL);

CREATE TEMP TABLE new_voids AS
SELECT DISTINCT e.order_id
FROM order_events AS e
WHERE e.op = 'void'
  AND NOT EXISTS (SELECT 1 FROM order_ledger AS l WHERE l.order_id = e.order_id AND l.voided = 1);

-- Every restaurant with a newly placed order gets its row (possibly 0 and 0).
INSERT OR IGNORE INTO restaurant_revenue (restaurant_id, revenue_cents, orders)
SELECT DISTINCT restaurant_id, 0, 0 FROM new_places;

-- Add new places that are not voided (now or before); subtract counted orders voided now.
UPDATE restaurant_revenue
SET revenue_cents = revenue_cents
      + COALESCE((SELECT SUM(p.amount_cents) FROM new_places AS p
                  WHERE p.restaurant_id = restaurant_revenue.restaurant_id
                    AND p.order_id NOT IN (SELECT order_id FROM new_voids)
                    AND p.order_id NOT IN (SELECT order_id FROM order_ledger WHERE voided = 1)), 0)
      - COALESCE((SELECT SUM(l.amount_cents) FROM order_ledger AS l
                  WHERE l.restaurant_id = restaurant_revenue.restaurant_id
                    AND l.voided = 0
                    AND l.order_id IN (SELECT order_id FROM new_voids)), 0),
    orders = orders
      + (SELECT COUNT(*) FROM new_places AS p
         WHERE p.restaurant_id = restaurant_revenue.restaurant_id
           AND p.order_id NOT IN (SELECT order_id FROM new_voids)
           AND p.order_id NOT IN (SELECT order_id FROM order_ledger WHERE voided = 1))
      - (SELECT COUNT(*) FROM order_ledger AS l
         WHERE l.restaurant_id = restaurant_revenue.restaurant_id
           AND l.voided = 0
           AND l.order_id IN (SELECT order_id FROM new_voids));

-- Now the ledger.
INSERT INTO order_ledger (order_id, restaurant_id, amount_cents, voided)
SELECT order_id, restaurant_id, amount_cents, 0 FROM new_places
WHERE true
ON CONFLICT (order_id) DO UPDATE SET
  restaurant_id = excluded.restaurant_id, amount_cents = excluded.amount_cents;

INSERT INTO order_ledger (order_id, voided)
SELECT order_id, 1 FROM new_voids
WHERE true
ON CONFLICT (order_id) DO UPDATE SET voided = 1;
