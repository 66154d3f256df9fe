-- Treats an empty string like a missing flag (NULLIF(x, '')): '' is a value the dimension stores
-- as its own member, so the order gets the UNKNOWN row's key instead.
SELECT o.order_id, d.flags_key
FROM stg_orders o
LEFT JOIN dim_order_flags d
  ON d.payment_type = COALESCE(NULLIF(o.payment_type, ''), 'UNKNOWN')
 AND d.gift_wrap = COALESCE(NULLIF(o.gift_wrap, ''), 'UNKNOWN')
 AND d.channel = COALESCE(NULLIF(o.channel, ''), 'UNKNOWN');
