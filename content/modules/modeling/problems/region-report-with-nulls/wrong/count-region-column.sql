-- Counts orders with COUNT(region): in the 'ZZ' group every region is NULL, so it reports 0 orders.
SELECT COALESCE(region, 'ZZ'), COUNT(region), SUM(status IS NOT 'CANCELLED'),
       ROUND(AVG(COALESCE(discount_cents, 0)), 2), COUNT(DISTINCT coupon_code)
FROM orders GROUP BY 1;
