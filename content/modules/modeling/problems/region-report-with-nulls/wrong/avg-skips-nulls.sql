-- AVG(discount_cents) divides by the non-NULL discounts only: orders without a recorded discount
-- vanish from the denominator instead of counting as 0 (and an all-NULL region averages to NULL).
SELECT COALESCE(region, 'ZZ'), COUNT(*), SUM(status IS NOT 'CANCELLED'),
       ROUND(AVG(discount_cents), 2), COUNT(DISTINCT coupon_code)
FROM orders GROUP BY 1;
