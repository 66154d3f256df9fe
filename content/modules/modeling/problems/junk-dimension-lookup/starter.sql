-- Every staged order with the flags_key of its (payment_type, gift_wrap, channel) combination;
-- NULL flags read as 'UNKNOWN'; NULL key when the combination is not in the dimension.
-- Columns: order_id, flags_key
SELECT o.order_id, NULL AS flags_key
FROM stg_orders AS o;
