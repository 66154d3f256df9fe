-- Runs once per batch: fold the orders in new_orders into restaurant_revenue.
-- An order may arrive more than once (a redelivered batch, or again in a later batch): count it once.
-- processed_orders(order_id) is yours to use as a ledger.
-- 1. Which orders of this batch have not been counted yet?
-- 2. Add them to restaurant_revenue (a restaurant's first counted order creates its row).
-- 3. Remember that they have been counted.
SELECT order_id, restaurant_id, amount_cents
FROM new_orders;
