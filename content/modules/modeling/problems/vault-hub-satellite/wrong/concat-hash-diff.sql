-- Builds hash_diff by concatenation with COALESCE: NULL and '' give the same string, and so do
-- ('ab', 'c') and ('a', 'bc') when no delimiter separates the columns — real changes are missed.
CREATE TEMP TABLE staged AS
SELECT UPPER(TRIM(e.customer_code)) AS bk, e.line_no, e.email, e.tier,
       COALESCE(e.email, '') || COALESCE(e.tier, '') AS hash_diff
FROM stg_customer_extract AS e
WHERE UPPER(TRIM(e.customer_code)) <> '';

CREATE TEMP TABLE latest_line AS
SELECT s.* FROM staged AS s
WHERE s.line_no = (SELECT MAX(x.line_no) FROM staged AS x WHERE x.bk = s.bk);

INSERT INTO hub_customer (customer_hk, customer_bk, load_ts, record_source)
SELECT l.bk, l.bk, i.load_ts, i.record_source
FROM latest_line AS l, load_info AS i
WHERE NOT EXISTS (SELECT 1 FROM hub_customer AS h WHERE h.customer_bk = l.bk);

INSERT INTO sat_customer (customer_hk, load_ts, hash_diff, email, tier, record_source)
SELECT l.bk, i.load_ts, json_array(l.email, l.tier), l.email, l.tier, i.record_source
FROM latest_line AS l, load_info AS i
WHERE l.hash_diff IS NOT (SELECT COALESCE(s.email, '') || COALESCE(s.tier, '') FROM sat_customer AS s
                          WHERE s.customer_hk = l.bk ORDER BY s.load_ts DESC LIMIT 1);
