-- Alternative: a correlated scalar subquery per order, translating NULLs with CASE; a subquery that
-- finds nothing yields NULL, which is the required key for an unknown combination.
SELECT o.order_id,
       (SELECT d.flags_key FROM dim_order_flags d
         WHERE d.payment_type = CASE WHEN o.payment_type IS NULL THEN 'UNKNOWN' ELSE o.payment_type END
           AND d.gift_wrap    = CASE WHEN o.gift_wrap    IS NULL THEN 'UNKNOWN' ELSE o.gift_wrap    END
           AND d.channel      = CASE WHEN o.channel      IS NULL THEN 'UNKNOWN' ELSE o.channel      END) AS flags_key
FROM stg_orders o;
