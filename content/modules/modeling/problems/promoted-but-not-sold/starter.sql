-- Promoted (day, store_id, product_id) whose net quantity sold that day in that store is <= 0.
-- Columns: day, store_id, product_id, net_qty — ordered by day, store_id, product_id
SELECT p.day, p.store_id, p.product_id, 0 AS net_qty
FROM fact_promo_coverage AS p
ORDER BY p.day, p.store_id, p.product_id;
