-- Joins on two of the three flags: they are not a key of the junk dimension, so an order matches
-- several rows and comes back more than once.
SELECT o.order_id, d.flags_key
FROM stg_orders o
LEFT JOIN dim_order_flags d
  ON d.payment_type = COALESCE(o.payment_type, 'UNKNOWN') AND d.gift_wrap = COALESCE(o.gift_wrap, 'UNKNOWN');
