-- Each NULL gets the meaning the statement gives it, explicitly:
--   region NULL -> its own group 'ZZ'; status NULL -> not cancelled (IS NOT treats NULL as a value);
--   discount NULL -> 0 inside the average; coupon NULL -> ignored by COUNT(DISTINCT ...).
SELECT COALESCE(region, 'ZZ')                              AS region,
       COUNT(*)                                            AS n_orders,
       SUM(status IS NOT 'CANCELLED')                      AS n_not_cancelled,
       ROUND(AVG(COALESCE(discount_cents, 0)), 2)          AS avg_discount_cents,
       COUNT(DISTINCT coupon_code)                         AS n_coupons
FROM orders
GROUP BY COALESCE(region, 'ZZ');
