-- Averages the stored daily rates: a quiet day weighs as much as a busy one, so 1-of-2 and
-- 10-of-1000 average to 25.5% instead of 1.1%.
SELECT channel, SUM(visits) AS visits, SUM(orders) AS orders, ROUND(AVG(conversion_rate), 4) AS conversion_rate
FROM fact_channel_daily
GROUP BY channel;
