-- Compares the flags as they are: a NULL flag never equals 'UNKNOWN' (or anything), so orders with
-- a missing flag get no key.
SELECT o.order_id, d.flags_key
FROM stg_orders o
LEFT JOIN dim_order_flags d
  ON d.payment_type = o.payment_type AND d.gift_wrap = o.gift_wrap AND d.channel = o.channel;
