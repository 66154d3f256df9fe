-- Averages the daily rates with a missing rate counted as 0: still an average of ratios, now also
-- pulled down by days without visits.
SELECT channel, SUM(visits) AS visits, SUM(orders) AS orders,
       ROUND(AVG(COALESCE(conversion_rate, 0)), 4) AS conversion_rate
FROM fact_channel_daily
GROUP BY channel;
