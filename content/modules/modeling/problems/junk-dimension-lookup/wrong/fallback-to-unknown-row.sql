-- Sends unmatched combinations to the all-UNKNOWN row: the order's real flags are lost, and the
-- loader never learns that a new combination must be added.
SELECT o.order_id,
       COALESCE(d.flags_key, (SELECT flags_key FROM dim_order_flags
                               WHERE payment_type = 'UNKNOWN' AND gift_wrap = 'UNKNOWN' AND channel = 'UNKNOWN')) AS flags_key
FROM stg_orders o
LEFT JOIN dim_order_flags d
  ON d.payment_type = COALESCE(o.payment_type, 'UNKNOWN') AND d.gift_wrap = COALESCE(o.gift_wrap, 'UNKNOWN')
 AND d.channel = COALESCE(o.channel, 'UNKNOWN');
