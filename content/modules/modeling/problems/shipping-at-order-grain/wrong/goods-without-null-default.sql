-- Forgets that SUM over no rows is NULL: a customer whose only order has no lines gets goods NULL
-- instead of 0.
WITH g AS (SELECT order_id, SUM(qty * unit_price_cents) AS goods FROM order_lines GROUP BY order_id)
SELECT o.customer_id, COUNT(*) AS orders, SUM(g.goods) AS goods_cents, SUM(o.shipping_cents) AS shipping_cents
FROM orders o
LEFT JOIN g ON g.order_id = o.order_id
GROUP BY o.customer_id;
