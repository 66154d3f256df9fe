-- Everything per impression with correlated scalar subqueries; the join watermark is computed
-- once as a scalar (CASE keeps it NULL when either input is empty).
WITH wm AS (
  SELECT CASE
           WHEN (SELECT COUNT(*) FROM impressions) = 0 OR (SELECT COUNT(*) FROM clicks) = 0 THEN NULL
           WHEN (SELECT MAX(unixepoch(imp_ts)) FROM impressions) - p.imp_delay_s
                <= (SELECT MAX(unixepoch(click_ts)) FROM clicks) - p.click_delay_s
             THEN (SELECT MAX(unixepoch(imp_ts)) FROM impressions) - p.imp_delay_s
           ELSE (SELECT MAX(unixepoch(click_ts)) FROM clicks) - p.click_delay_s
         END AS w
  FROM params AS p
),
per_imp AS (
  SELECT i.imp_id,
         unixepoch(i.imp_ts) + 600 AS interval_end,
         (SELECT COUNT(*) FROM clicks AS c
           WHERE c.ad_id = i.ad_id AND c.user_id = i.user_id
             AND unixepoch(c.click_ts) >= unixepoch(i.imp_ts)
             AND unixepoch(c.click_ts) <= unixepoch(i.imp_ts) + 600) AS n,
         (SELECT w FROM wm) AS w
  FROM impressions AS i
)
SELECT imp_id,
       CASE WHEN n > 0 THEN 'MATCHED'
            WHEN w IS NOT NULL AND w >= interval_end THEN 'UNMATCHED'
            ELSE 'PENDING' END AS status,
       n AS matched_clicks,
       CASE WHEN n = 0 AND w IS NOT NULL AND w < interval_end THEN interval_end - w END AS wait_s
FROM per_imp
ORDER BY imp_id;
