-- Pre-aggregates correctly but inner-joins the lines: an order with no lines yet vanishes, with
-- its shipping, and a customer with only such orders vanishes entirely.
WITH g AS (SELECT order_id, SUM(qty * unit_price_cents) AS goods FROM order_lines GROUP BY order_id)
SELECT o.customer_id, COUNT(*) AS orders, SUM(g.goods) AS goods_cents, SUM(o.shipping_cents) AS shipping_cents
FROM orders o
JOIN g ON g.order_id = o.order_id
GROUP BY o.customer_id;
