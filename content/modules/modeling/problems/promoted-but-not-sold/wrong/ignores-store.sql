-- Joins sales on day and product only: a product sold in another store that day counts as sold
-- for the promotion in this store.
WITH net AS (SELECT day, product_id, SUM(qty) AS net_qty FROM fact_sales GROUP BY day, product_id)
SELECT p.day, p.store_id, p.product_id, COALESCE(n.net_qty, 0) AS net_qty
FROM fact_promo_coverage p
LEFT JOIN net n ON n.day = p.day AND n.product_id = p.product_id
WHERE COALESCE(n.net_qty, 0) <= 0
ORDER BY 1, 2, 3;
