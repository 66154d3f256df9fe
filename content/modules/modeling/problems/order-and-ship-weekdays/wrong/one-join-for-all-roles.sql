-- Joins dim_date once with date_key IN (order, ship): each shipped order matches two date rows, so
-- it is counted twice and its roles get mixed up.
SELECT d.day_name AS order_day,
       COALESCE((SELECT day_name FROM dim_date WHERE date_key = f.ship_date_key), 'NOT SHIPPED') AS ship_day,
       COUNT(*) AS orders, SUM(f.total_cents) AS total_cents, NULL AS avg_days_to_deliver
FROM fact_fulfillment f
JOIN dim_date d ON d.date_key IN (f.order_date_key, f.ship_date_key)
GROUP BY 1, 2;
