-- Per channel: total visits, total orders and the conversion rate of those totals (ROUND(x, 4)).
-- Columns: channel, visits, orders, conversion_rate
SELECT channel, SUM(visits) AS visits, SUM(orders) AS orders, NULL AS conversion_rate
FROM fact_channel_daily
GROUP BY channel;
