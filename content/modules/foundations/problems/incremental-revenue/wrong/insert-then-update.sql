-- A two-step merge that counts a new restaurant's first orders twice: the INSERT creates the row
-- with the batch totals, then the UPDATE adds the same orders to it again.
CREATE TEMP TABLE fresh_orders AS
SELECT * FROM new_orders WHERE order_id NOT IN (SELECT order_id FROM processed_orders);

INSERT OR IGNORE INTO restaurant_revenue (restaurant_id, revenue_cents, orders)
SELECT restaurant_id, SUM(amount_cents), COUNT(*) FROM fresh_orders GROUP BY restaurant_id;

UPDATE restaurant_revenue
SET revenue_cents = revenue_cents + (SELECT SUM(f.amount_cents) FROM fresh_orders AS f WHERE f.restaurant_id = restaurant_revenue.restaurant_id),
    orders        = orders + (SELECT COUNT(*) FROM fresh_orders AS f WHERE f.restaurant_id = restaurant_revenue.restaurant_id)
WHERE restaurant_id IN (SELECT restaurant_id FROM fresh_orders);

INSERT INTO processed_orders (order_id) SELECT order_id FROM fresh_orders;
