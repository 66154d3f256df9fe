-- "Fixes" the fan-out with SUM(DISTINCT shipping_cents): two different orders with the same fee
-- collapse into one, so the customer's shipping comes out too low.
SELECT o.customer_id, COUNT(DISTINCT o.order_id) AS orders,
       COALESCE(SUM(l.qty * l.unit_price_cents), 0) AS goods_cents,
       SUM(DISTINCT o.shipping_cents) AS shipping_cents
FROM orders o
LEFT JOIN order_lines l ON l.order_id = o.order_id
GROUP BY o.customer_id;
