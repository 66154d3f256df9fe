-- Looks only for promotions with no sales rows: a sale returned the same day (net 0), or more
-- returns than sales, still leaves a row in fact_sales, so it is wrongly treated as sold.
SELECT p.day, p.store_id, p.product_id, 0 AS net_qty
FROM fact_promo_coverage p
WHERE NOT EXISTS (SELECT 1 FROM fact_sales s
                  WHERE s.day = p.day AND s.store_id = p.store_id AND s.product_id = p.product_id)
ORDER BY 1, 2, 3;
