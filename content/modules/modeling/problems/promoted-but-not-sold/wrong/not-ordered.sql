-- Right rows, wrong order: sorted by product first, while the statement asks for day, then store,
-- then product.
WITH net AS (SELECT day, store_id, product_id, SUM(qty) AS net_qty FROM fact_sales GROUP BY 1, 2, 3)
SELECT p.day, p.store_id, p.product_id, COALESCE(n.net_qty, 0) AS net_qty
FROM fact_promo_coverage p
LEFT JOIN net n ON n.day = p.day AND n.store_id = p.store_id AND n.product_id = p.product_id
WHERE COALESCE(n.net_qty, 0) <= 0
ORDER BY p.product_id, p.day, p.store_id;
