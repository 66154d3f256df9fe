-- Computes days by subtracting the keys: surrogate keys are not dates. Even where they look like
-- YYYYMMDD, 20240301 - 20240228 is 73, not 2.
SELECT od.day_name AS order_day, COALESCE(sd.day_name, 'NOT SHIPPED') AS ship_day, COUNT(*) AS orders,
       SUM(f.total_cents) AS total_cents,
       ROUND(AVG(f.delivery_date_key - f.order_date_key), 2) AS avg_days_to_deliver
FROM fact_fulfillment f
JOIN dim_date od ON od.date_key = f.order_date_key
LEFT JOIN dim_date sd ON sd.date_key = f.ship_date_key
GROUP BY 1, 2;
