SELECT day, revenue_cents, 'batch' AS layer
FROM batch_daily_revenue
ORDER BY day;
