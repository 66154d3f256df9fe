-- Copies current_segment from the batch instead of the current version: a late score, rightly
-- ignored by the type 2 part, still overwrites the type 1 column with an out-of-date segment.
UPDATE dim_customer
SET valid_to = (SELECT s.scored_on FROM stg_segment AS s WHERE s.customer_id = dim_customer.customer_id),
    is_current = 0
WHERE is_current = 1
  AND EXISTS (SELECT 1 FROM stg_segment AS s
              WHERE s.customer_id = dim_customer.customer_id
                AND s.segment <> dim_customer.segment AND s.scored_on > dim_customer.valid_from);

INSERT INTO dim_customer (customer_id, segment, current_segment, valid_from, valid_to, is_current)
SELECT s.customer_id, s.segment, s.segment, s.scored_on, NULL, 1
FROM stg_segment AS s
WHERE NOT EXISTS (SELECT 1 FROM dim_customer AS d WHERE d.customer_id = s.customer_id AND d.is_current = 1);

UPDATE dim_customer
SET current_segment = (SELECT s.segment FROM stg_segment AS s WHERE s.customer_id = dim_customer.customer_id)
WHERE customer_id IN (SELECT customer_id FROM stg_segment);
