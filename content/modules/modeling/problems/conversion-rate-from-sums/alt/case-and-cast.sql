-- Alternative: totals in a derived table, then a CASE for the empty channel and CAST to REAL.
SELECT channel, v AS visits, o AS orders,
       CASE WHEN v = 0 THEN NULL ELSE ROUND(CAST(o AS REAL) / v, 4) END AS conversion_rate
FROM (SELECT channel, SUM(visits) AS v, SUM(orders) AS o FROM fact_channel_daily GROUP BY channel) AS t;
