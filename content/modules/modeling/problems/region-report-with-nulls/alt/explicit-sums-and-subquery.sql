-- Alternative: the average as an explicit sum over a row count, the not-cancelled count with a
-- CASE, and the distinct coupons from a correlated subquery over a DISTINCT list.
SELECT g.region,
       COUNT(*) AS n_orders,
       SUM(CASE WHEN g.status = 'CANCELLED' THEN 0 ELSE 1 END) AS n_not_cancelled,
       ROUND(TOTAL(g.discount_cents) / COUNT(*), 2) AS avg_discount_cents,
       (SELECT COUNT(*) FROM (SELECT DISTINCT o.coupon_code FROM orders o
                               WHERE IFNULL(o.region, 'ZZ') = g.region AND o.coupon_code IS NOT NULL)) AS n_coupons
FROM (SELECT IFNULL(region, 'ZZ') AS region, status, discount_cents FROM orders) AS g
GROUP BY g.region;
