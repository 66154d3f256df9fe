-- Runs once per batch in stg_segment (customer_id, segment, scored_on).
-- Type 2: close the changed current version, open a new one. Type 1: current_segment = the new
-- segment on every row of the customer. Late scores (scored_on <= current valid_from) change nothing.
INSERT INTO dim_customer (customer_id, segment, current_segment, valid_from, valid_to, is_current)
SELECT customer_id, segment, segment, scored_on, NULL, 1
FROM stg_segment
WHERE customer_id NOT IN (SELECT customer_id FROM dim_customer);
