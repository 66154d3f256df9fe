-- Alternative: the net quantity of each promotion from a correlated scalar subquery.
SELECT day, store_id, product_id, net_qty
FROM (
  SELECT p.day, p.store_id, p.product_id,
         (SELECT COALESCE(SUM(s.qty), 0) FROM fact_sales s
           WHERE s.day = p.day AND s.store_id = p.store_id AND s.product_id = p.product_id) AS net_qty
  FROM fact_promo_coverage p
) AS t
WHERE net_qty <= 0
ORDER BY 1, 2, 3;
