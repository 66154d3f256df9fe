-- Joins lines to orders and then sums shipping: the order's fee is repeated on every line, so a
-- two-line order's shipping is counted twice (and orders are counted per line too).
SELECT o.customer_id, COUNT(DISTINCT o.order_id) AS orders,
       COALESCE(SUM(l.qty * l.unit_price_cents), 0) AS goods_cents,
       SUM(o.shipping_cents) AS shipping_cents
FROM orders o
LEFT JOIN order_lines l ON l.order_id = o.order_id
GROUP BY o.customer_id;
