-- Counts rows after the join as orders: a customer with a three-line order is credited with three
-- orders. (Shipping is taken once per order here, so only the count is wrong.)
SELECT o.customer_id, COUNT(*) AS orders,
       COALESCE(SUM(l.qty * l.unit_price_cents), 0) AS goods_cents,
       (SELECT SUM(o2.shipping_cents) FROM orders o2 WHERE o2.customer_id = o.customer_id) AS shipping_cents
FROM orders o
LEFT JOIN order_lines l ON l.order_id = o.order_id
GROUP BY o.customer_id;
