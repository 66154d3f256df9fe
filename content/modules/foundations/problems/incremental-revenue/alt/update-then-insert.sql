-- No temp table and no upsert: "not yet counted" is an anti-join against the ledger, written
-- out where it is needed. Known restaurants are updated, first-seen restaurants inserted, and
-- only then are the batch's orders recorded (INSERT OR IGNORE: a redelivered id is already there).
UPDATE restaurant_revenue
SET revenue_cents = revenue_cents + (
      SELECT SUM(n.amount_cents)
      FROM new_orders AS n
      WHERE n.restaurant_id = restaurant_revenue.restaurant_id
        AND NOT EXISTS (SELECT 1 FROM processed_orders AS p WHERE p.order_id = n.order_id)),
    orders = orders + (
      SELECT COUNT(*)
      FROM new_orders AS n
      WHERE n.restaurant_id = restaurant_revenue.restaurant_id
        AND NOT EXISTS (SELECT 1 FROM processed_orders AS p WHERE p.order_id = n.order_id))
WHERE restaurant_id IN (
  SELECT n.restaurant_id
  FROM new_orders AS n
  WHERE NOT EXISTS (SELECT 1 FROM processed_orders AS p WHERE p.order_id = n.order_id)
);

INSERT INTO restaurant_revenue (restaurant_id, revenue_cents, orders)
SELECT n.restaurant_id, SUM(n.amount_cents), COUNT(*)
FROM new_orders AS n
WHERE NOT EXISTS (SELECT 1 FROM processed_orders AS p WHERE p.order_id = n.order_id)
  AND NOT EXISTS (SELECT 1 FROM restaurant_revenue AS r WHERE r.restaurant_id = n.restaurant_id)
GROUP BY n.restaurant_id;

INSERT OR IGNORE INTO processed_orders (order_id)
SELECT order_id FROM new_orders;
