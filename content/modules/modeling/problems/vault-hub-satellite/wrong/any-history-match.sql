-- Adds a satellite row only if no satellite row of the key — of any age — has the same hash_diff:
-- a customer who changes back to an earlier state (basic -> gold -> basic) never records the revert.
CREATE TEMP TABLE staged AS
SELECT UPPER(TRIM(e.customer_code)) AS bk, e.line_no, e.email, e.tier, json_array(e.email, e.tier) AS hash_diff
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
SELECT l.bk, i.load_ts, l.hash_diff, l.email, l.tier, i.record_source
FROM latest_line AS l, load_info AS i
WHERE NOT EXISTS (SELECT 1 FROM sat_customer AS s WHERE s.customer_hk = l.bk AND s.hash_diff = l.hash_diff);
