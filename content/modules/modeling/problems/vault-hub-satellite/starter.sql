-- Runs once per load: load_info (load_ts, record_source) and stg_customer_extract (line_no,
-- customer_code, email, tier). Key = UPPER(TRIM(customer_code)); last line per key wins.
-- Hub: new keys. Satellite: a row when json_array(email, tier) differs from the key's latest row.
INSERT INTO hub_customer (customer_hk, customer_bk, load_ts, record_source)
SELECT DISTINCT customer_code, customer_code, i.load_ts, i.record_source
FROM stg_customer_extract, load_info AS i;
