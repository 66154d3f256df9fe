-- Counts `status <> 'CANCELLED'`: for a NULL status the comparison is unknown, so orders whose
-- status was never captured are not counted as not cancelled.
SELECT COALESCE(region, 'ZZ'), COUNT(*), SUM(CASE WHEN status <> 'CANCELLED' THEN 1 ELSE 0 END),
       ROUND(AVG(COALESCE(discount_cents, 0)), 2), COUNT(DISTINCT coupon_code)
FROM orders GROUP BY 1;
