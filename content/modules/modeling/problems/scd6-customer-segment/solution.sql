-- 1. Type 2, close: the current version of every customer whose segment changed, unless the score
--    is dated on or before that version began (a late or repeated score).
UPDATE dim_customer
SET valid_to = (SELECT s.scored_on FROM stg_segment AS s WHERE s.customer_id = dim_customer.customer_id),
    is_current = 0
WHERE is_current = 1
  AND EXISTS (
    SELECT 1 FROM stg_segment AS s
    WHERE s.customer_id = dim_customer.customer_id
      AND s.segment <> dim_customer.segment
      AND s.scored_on > dim_customer.valid_from
  );

-- 2. Type 2, open: every staged customer left without a current version (just closed, or new).
INSERT INTO dim_customer (customer_id, segment, current_segment, valid_from, valid_to, is_current)
SELECT s.customer_id, s.segment, s.segment, s.scored_on, NULL, 1
FROM stg_segment AS s
WHERE NOT EXISTS (SELECT 1 FROM dim_customer AS d WHERE d.customer_id = s.customer_id AND d.is_current = 1);

-- 3. Type 1: every row of a staged customer carries the current version's segment. Taking it from
--    the current version (not the batch) makes late scores harmless.
UPDATE dim_customer
SET current_segment = (SELECT c.segment FROM dim_customer AS c
                       WHERE c.customer_id = dim_customer.customer_id AND c.is_current = 1)
WHERE customer_id IN (SELECT customer_id FROM stg_segment);
