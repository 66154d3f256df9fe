-- One dimension, three roles: dim_date is joined once per date key under its own alias. The ship
-- and delivery roles are LEFT JOINs because those milestones may not have happened yet.
SELECT od.day_name                          AS order_day,
       COALESCE(sd.day_name, 'NOT SHIPPED') AS ship_day,
       COUNT(*)                             AS orders,
       SUM(f.total_cents)                   AS total_cents,
       ROUND(AVG(julianday(dd.full_date) - julianday(od.full_date)), 2) AS avg_days_to_deliver
FROM fact_fulfillment AS f
JOIN dim_date AS od      ON od.date_key = f.order_date_key
LEFT JOIN dim_date AS sd ON sd.date_key = f.ship_date_key
LEFT JOIN dim_date AS dd ON dd.date_key = f.delivery_date_key
GROUP BY od.day_name, COALESCE(sd.day_name, 'NOT SHIPPED');
