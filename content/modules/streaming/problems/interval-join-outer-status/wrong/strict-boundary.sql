-- Emits an unmatched impression only when the watermark is strictly past its interval end: at
-- watermark = end no matching click can still come, so it must already be UNMATCHED.
WITH matches AS (
  SELECT i.imp_id, unixepoch(i.imp_ts) + 600 AS interval_end, COUNT(c.click_id) AS matched_clicks
  FROM impressions AS i
  LEFT JOIN clicks AS c
    ON  c.ad_id = i.ad_id
    AND c.user_id = i.user_id
    AND unixepoch(c.click_ts) BETWEEN unixepoch(i.imp_ts) AND unixepoch(i.imp_ts) + 600
  GROUP BY i.imp_id
),
join_wm AS (
  SELECT min((SELECT MAX(unixepoch(imp_ts)) FROM impressions) - p.imp_delay_s,
             (SELECT MAX(unixepoch(click_ts)) FROM clicks) - p.click_delay_s) AS wm
  FROM params AS p
)
SELECT m.imp_id,
       CASE WHEN m.matched_clicks > 0 THEN 'MATCHED'
            WHEN w.wm > m.interval_end THEN 'UNMATCHED'
            ELSE 'PENDING' END AS status,
       m.matched_clicks,
       CASE WHEN m.matched_clicks = 0 AND w.wm <= m.interval_end THEN m.interval_end - w.wm END AS wait_s
FROM matches AS m
CROSS JOIN join_wm AS w
ORDER BY m.imp_id;
