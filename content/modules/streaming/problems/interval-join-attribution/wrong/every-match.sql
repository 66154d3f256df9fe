-- Returns every qualifying impression instead of the latest one: a click matched by two
-- impressions appears twice.
-- Every click keeps a row (LEFT JOIN, interval condition in ON); rank the qualifying impressions
-- per click, latest first, and keep the best one.
WITH candidates AS (
  SELECT c.click_id, i.imp_id,
         unixepoch(c.click_ts) - unixepoch(i.imp_ts) AS secs,
         ROW_NUMBER() OVER (PARTITION BY c.click_id
                            ORDER BY i.imp_ts DESC, i.imp_id DESC) AS rn
  FROM clicks AS c
  LEFT JOIN impressions AS i
    ON  i.ad_id = c.ad_id
    AND i.user_id = c.user_id
    AND unixepoch(i.imp_ts) BETWEEN unixepoch(c.click_ts) - 600 AND unixepoch(c.click_ts)
)
SELECT click_id, imp_id, secs AS seconds_after_impression
FROM candidates
ORDER BY click_id;
