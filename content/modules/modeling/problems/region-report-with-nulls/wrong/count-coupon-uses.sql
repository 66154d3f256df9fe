-- COUNT(coupon_code) counts every use of a coupon, not the different codes.
SELECT COALESCE(region, 'ZZ'), COUNT(*), SUM(status IS NOT 'CANCELLED'),
       ROUND(AVG(COALESCE(discount_cents, 0)), 2), COUNT(coupon_code)
FROM orders GROUP BY 1;
