-- Start from the coverage table (it holds the promotions that did not sell; fact_sales cannot).
-- Net quantity per full key, LEFT JOINed so promotions without sales survive with 0.
WITH net AS (
  SELECT day, store_id, product_id, SUM(qty) AS net_qty
  FROM fact_sales
  GROUP BY day, store_id, product_id
)
SELECT p.day, p.store_id, p.product_id, COALESCE(n.net_qty, 0) AS net_qty
FROM fact_promo_coverage AS p
LEFT JOIN net AS n
  ON n.day = p.day AND n.store_id = p.store_id AND n.product_id = p.product_id
WHERE COALESCE(n.net_qty, 0) <= 0
ORDER BY p.day, p.store_id, p.product_id;
