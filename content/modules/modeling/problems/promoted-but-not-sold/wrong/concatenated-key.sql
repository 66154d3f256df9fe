-- Matches on a concatenated text key day || store_id || product_id: store 1 / product 23 and
-- store 12 / product 3 both become '...123', so one store's sales are credited to the other.
WITH net AS (SELECT day || store_id || product_id AS k, SUM(qty) AS net_qty FROM fact_sales GROUP BY 1)
SELECT p.day, p.store_id, p.product_id, COALESCE(n.net_qty, 0) AS net_qty
FROM fact_promo_coverage p
LEFT JOIN net n ON n.k = p.day || p.store_id || p.product_id
WHERE COALESCE(n.net_qty, 0) <= 0
ORDER BY 1, 2, 3;
