-- Picks the attributed impression per click with a correlated ORDER BY ... LIMIT 1 subquery, then
-- joins back for its time; text comparison is safe because both columns share one format.
WITH pick AS (
  SELECT c.click_id, c.click_ts,
         (SELECT i.imp_id FROM impressions AS i
           WHERE i.ad_id = c.ad_id AND i.user_id = c.user_id
             AND i.imp_ts <= c.click_ts
             AND i.imp_ts >= datetime(c.click_ts, '-600 seconds')
           ORDER BY i.imp_ts DESC, i.imp_id DESC
           LIMIT 1) AS imp_id
  FROM clicks AS c
)
SELECT p.click_id, p.imp_id,
       CASE WHEN p.imp_id IS NULL THEN NULL
            ELSE unixepoch(p.click_ts) - (SELECT unixepoch(imp_ts) FROM impressions WHERE imp_id = p.imp_id)
       END AS seconds_after_impression
FROM pick AS p
ORDER BY p.click_id;
