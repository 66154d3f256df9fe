-- Sets current_segment only on the new version: the history rows keep the segment that was current
-- when they were written, so grouping old sales by "segment now" still shows the old segments.
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
