-- The changes found once with a join into a temp table, then three statements that read it.
CREATE TEMP TABLE moved AS
SELECT s.customer_id, s.segment, s.scored_on
FROM stg_segment AS s
JOIN dim_customer AS d ON d.customer_id = s.customer_id AND d.is_current = 1
WHERE d.segment != s.segment AND d.valid_from < s.scored_on;

UPDATE dim_customer AS d
SET valid_to = m.scored_on, is_current = 0
FROM moved AS m
WHERE m.customer_id = d.customer_id AND d.is_current = 1;

-- Type 1 first this time: every existing row of a moved customer takes the new segment...
UPDATE dim_customer AS d
SET current_segment = m.segment
FROM moved AS m
WHERE m.customer_id = d.customer_id;

-- ...then the new versions: the moved customers and the ones never seen.
INSERT INTO dim_customer (customer_id, segment, current_segment, valid_from, valid_to, is_current)
SELECT customer_id, segment, segment, scored_on, NULL, 1 FROM moved
UNION ALL
SELECT s.customer_id, s.segment, s.segment, s.scored_on, NULL, 1
FROM stg_segment AS s
WHERE s.customer_id NOT IN (SELECT customer_id FROM dim_customer);
