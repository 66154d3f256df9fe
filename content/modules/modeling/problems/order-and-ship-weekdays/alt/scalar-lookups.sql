-- Alternative: look each role up with a correlated scalar subquery instead of joins, then group
-- the per-order rows; the days are summed and divided by the delivered count explicitly.
SELECT order_day, ship_day, COUNT(*) AS orders, SUM(total_cents) AS total_cents,
       CASE WHEN COUNT(days) = 0 THEN NULL ELSE ROUND(SUM(days) / COUNT(days), 2) END AS avg_days_to_deliver
FROM (
  SELECT f.total_cents,
         (SELECT day_name FROM dim_date WHERE date_key = f.order_date_key) AS order_day,
         CASE WHEN f.ship_date_key IS NULL THEN 'NOT SHIPPED'
              ELSE (SELECT day_name FROM dim_date WHERE date_key = f.ship_date_key) END AS ship_day,
         julianday((SELECT full_date FROM dim_date WHERE date_key = f.delivery_date_key))
           - julianday((SELECT full_date FROM dim_date WHERE date_key = f.order_date_key)) AS days
  FROM fact_fulfillment f
) AS per_order
GROUP BY order_day, ship_day;
