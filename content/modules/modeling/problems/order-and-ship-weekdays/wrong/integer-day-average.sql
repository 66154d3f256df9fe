-- Truncates the day counts to integers before averaging with integer division: 1, 2 and 2 days
-- average to 1 instead of 1.67.
SELECT od.day_name AS order_day, COALESCE(sd.day_name, 'NOT SHIPPED') AS ship_day, COUNT(*) AS orders,
       SUM(f.total_cents) AS total_cents,
       SUM(CAST(julianday(dd.full_date) - julianday(od.full_date) AS INTEGER))
         / NULLIF(COUNT(dd.date_key), 0) AS avg_days_to_deliver
FROM fact_fulfillment f
JOIN dim_date od ON od.date_key = f.order_date_key
LEFT JOIN dim_date sd ON sd.date_key = f.ship_date_key
LEFT JOIN dim_date dd ON dd.date_key = f.delivery_date_key
GROUP BY 1, 2;
