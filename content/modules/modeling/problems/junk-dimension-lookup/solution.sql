-- Translate each NULL flag to the dimension's 'UNKNOWN' member, then join on all three flags.
-- LEFT JOIN: a combination not yet in the dimension keeps its order, with a NULL key.
SELECT o.order_id, d.flags_key
FROM stg_orders AS o
LEFT JOIN dim_order_flags AS d
  ON  d.payment_type = COALESCE(o.payment_type, 'UNKNOWN')
  AND d.gift_wrap    = COALESCE(o.gift_wrap, 'UNKNOWN')
  AND d.channel      = COALESCE(o.channel, 'UNKNOWN');
