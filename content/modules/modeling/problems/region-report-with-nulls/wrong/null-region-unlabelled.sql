-- Groups by the raw region: the orders without a region still form a group, but it is reported
-- as NULL instead of 'ZZ'.
SELECT region, COUNT(*), SUM(status IS NOT 'CANCELLED'),
       ROUND(AVG(COALESCE(discount_cents, 0)), 2), COUNT(DISTINCT coupon_code)
FROM orders GROUP BY region;
