-- Orders grouped by the weekday placed and the weekday shipped ('NOT SHIPPED' when not shipped).
-- Columns: order_day, ship_day, orders, total_cents, avg_days_to_deliver (ROUND(x, 2), delivered only)
SELECT od.day_name AS order_day, 'NOT SHIPPED' AS ship_day, COUNT(*) AS orders,
       SUM(f.total_cents) AS total_cents, NULL AS avg_days_to_deliver
FROM fact_fulfillment AS f
JOIN dim_date AS od ON od.date_key = f.order_date_key
GROUP BY od.day_name;
