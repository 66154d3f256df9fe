-- Keeps net quantity = 0 only: a promotion with more returns than sales (net -1) sold nothing
-- either, and belongs in the result.
WITH net AS (SELECT day, store_id, product_id, SUM(qty) AS net_qty FROM fact_sales GROUP BY 1, 2, 3)
SELECT p.day, p.store_id, p.product_id, COALESCE(n.net_qty, 0) AS net_qty
FROM fact_promo_coverage p
LEFT JOIN net n ON n.day = p.day AND n.store_id = p.store_id AND n.product_id = p.product_id
WHERE COALESCE(n.net_qty, 0) = 0
ORDER BY 1, 2, 3;
