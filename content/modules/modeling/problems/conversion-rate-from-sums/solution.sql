-- Sum the additive parts per channel, then divide once. Multiplying by 1.0 avoids SQLite's integer
-- division; NULLIF turns a zero denominator into NULL instead of an error elsewhere.
SELECT channel,
       SUM(visits) AS visits,
       SUM(orders) AS orders,
       ROUND(SUM(orders) * 1.0 / NULLIF(SUM(visits), 0), 4) AS conversion_rate
FROM fact_channel_daily
GROUP BY channel;
