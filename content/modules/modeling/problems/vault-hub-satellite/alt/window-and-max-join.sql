-- Windows instead of correlated subqueries: ROW_NUMBER picks each key's last line, and the latest
-- satellite row is found by joining on MAX(load_ts); a load not later than it adds nothing.
INSERT INTO hub_customer (customer_hk, customer_bk, load_ts, record_source)
SELECT k.bk, k.bk, i.load_ts, i.record_source
FROM (SELECT DISTINCT upper(trim(customer_code)) AS bk FROM stg_customer_extract
      WHERE customer_code IS NOT NULL AND length(trim(customer_code)) > 0) AS k
CROSS JOIN load_info AS i
LEFT JOIN hub_customer AS h ON h.customer_bk = k.bk
WHERE h.customer_bk IS NULL;

INSERT INTO sat_customer (customer_hk, load_ts, hash_diff, email, tier, record_source)
SELECT n.bk, i.load_ts, n.hash_diff, n.email, n.tier, i.record_source
FROM (
  SELECT upper(trim(customer_code)) AS bk, email, tier, json_array(email, tier) AS hash_diff,
         ROW_NUMBER() OVER (PARTITION BY upper(trim(customer_code)) ORDER BY line_no DESC) AS rn
  FROM stg_customer_extract
  WHERE customer_code IS NOT NULL AND length(trim(customer_code)) > 0
) AS n
CROSS JOIN load_info AS i
LEFT JOIN (
  SELECT s.customer_hk, s.hash_diff, s.load_ts
  FROM sat_customer AS s
  JOIN (SELECT customer_hk, MAX(load_ts) AS last_ts FROM sat_customer GROUP BY customer_hk) AS m
    ON m.customer_hk = s.customer_hk AND m.last_ts = s.load_ts
) AS last ON last.customer_hk = n.bk
WHERE n.rn = 1
  AND (last.customer_hk IS NULL
       OR (last.hash_diff <> n.hash_diff AND last.load_ts < i.load_ts));
