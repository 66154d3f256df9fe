-- 1. One row per normalised business key: the load's last line for it.
CREATE TEMP TABLE staged AS
SELECT UPPER(TRIM(e.customer_code)) AS bk, e.line_no, e.email, e.tier,
       json_array(e.email, e.tier) AS hash_diff
FROM stg_customer_extract AS e
WHERE UPPER(TRIM(e.customer_code)) <> '';   -- also drops NULL codes: NULL <> '' is not true

CREATE TEMP TABLE latest_line AS
SELECT s.* FROM staged AS s
WHERE s.line_no = (SELECT MAX(x.line_no) FROM staged AS x WHERE x.bk = s.bk);

-- 2. Hub: keys never seen before.
INSERT INTO hub_customer (customer_hk, customer_bk, load_ts, record_source)
SELECT l.bk, l.bk, i.load_ts, i.record_source
FROM latest_line AS l, load_info AS i
WHERE NOT EXISTS (SELECT 1 FROM hub_customer AS h WHERE h.customer_bk = l.bk);

-- 3. Satellite: a row when the attributes differ from the key's latest satellite row (or there is
--    none: the subquery is NULL and IS NOT is true) — unless the satellite already holds a row for
--    the key at or after this load_ts (a late load, or the same load run again).
INSERT INTO sat_customer (customer_hk, load_ts, hash_diff, email, tier, record_source)
SELECT l.bk, i.load_ts, l.hash_diff, l.email, l.tier, i.record_source
FROM latest_line AS l, load_info AS i
WHERE l.hash_diff IS NOT (SELECT s.hash_diff FROM sat_customer AS s
                          WHERE s.customer_hk = l.bk
                          ORDER BY s.load_ts DESC LIMIT 1)
  AND NOT EXISTS (SELECT 1 FROM sat_customer AS s
                  WHERE s.customer_hk = l.bk AND s.load_ts >= i.load_ts);
