-- An inner join drops the orders whose combination is not in the dimension yet, instead of
-- returning them with a NULL key.
SELECT o.order_id, d.flags_key
FROM stg_orders o
JOIN dim_order_flags d
  ON d.payment_type = COALESCE(o.payment_type, 'UNKNOWN') AND d.gift_wrap = COALESCE(o.gift_wrap, 'UNKNOWN')
 AND d.channel = COALESCE(o.channel, 'UNKNOWN');
